class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('enter', self.name)
        return self

    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False


def ret():
    with CM('ret'):
        return 'returned value'
    print('unreachable')


print(ret())


def ret_in_loop():
    for i in range(5):
        with CM('loop%d' % i):
            if i == 1:
                return i
    return -1


print(ret_in_loop())
for i in range(4):
    with CM('b%d' % i):
        if i == 0:
            continue
        if i == 2:
            break
        print('body', i)
print('after loop', i)


def nested():
    with CM('outer'):
        for j in range(3):
            with CM('inner%d' % j):
                if j == 1:
                    break
        return j


print(nested())


def finally_and_with():
    try:
        with CM('tf'):
            return 'from with'
    finally:
        print('finally runs after exit')


print(finally_and_with())
k = 0
while True:
    with CM('w'):
        k += 1
        if k > 2:
            break
print('k', k)


def gen():
    with CM('gen'):
        yield 1
        yield 2


for v in gen():
    print('yielded', v)
