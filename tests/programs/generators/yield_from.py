def inner():
    yield 1
    yield 2
    return 'inner done'
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield from range(3, 5)
    yield from 'ab'
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (2, 3), 'x')))
