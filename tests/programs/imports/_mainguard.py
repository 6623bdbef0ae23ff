def main():
    return 'main ran in ' + __name__


if __name__ == '__main__':
    print('guarded block executed')
else:
    print('imported as', __name__)
