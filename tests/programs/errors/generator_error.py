def gen():
    yield 1
    yield 2
    raise IndexError('generator ran dry')
for v in gen():
    print('value', v)
