# finally and with blocks in generators run when the generator is exhausted, in order.
class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, *exc):
        print('exit', self.name, exc[0])
        return False


def layered():
    with CM('outer'):
        try:
            for i in range(2):
                with CM(f'inner{i}'):
                    yield i
        finally:
            print('try-finally')
    print('after with')


print(list(layered()))
for v in layered():
    print('loop got', v)


def early_return(flag):
    try:
        yield 'a'
        if flag:
            return 'early'
        yield 'b'
    finally:
        print('cleanup', flag)


print(list(early_return(True)), list(early_return(False)))


def error_inside():
    try:
        yield 1
        1 / 0
    finally:
        print('finally before error propagates')


try:
    for x in error_inside():
        print('x', x)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
