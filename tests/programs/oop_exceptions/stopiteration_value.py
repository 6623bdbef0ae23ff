def gen():
    yield 1
    return 'finished'


g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('value', repr(e.value), e.args)


def delegator():
    result = yield from gen()
    print('delegated result', result)
    yield result


print(list(delegator()))


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration('custom value')


try:
    next(It())
except StopIteration as e:
    print(repr(e.value))
print(list(It()))
s = StopIteration('a', 'b')
print(s.value, s.args)
s.value = 'changed'
print(s.value, s.args)


def bad_gen():
    yield 1
    raise StopIteration('inside generator')


try:
    list(bad_gen())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
it = iter([])
print(next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print('empty', e.value, e.args)
