import _mainguard
print(_mainguard.main())
print(__name__)


def main():
    return 'this is main: ' + __name__


if __name__ == '__main__':
    print(main())
else:
    print('not main')
import sys
print(sys.modules['__main__'].main is main)
