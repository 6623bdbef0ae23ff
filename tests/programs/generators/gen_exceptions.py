def g():
    yield 1
    raise ValueError('inside generator')
try:
    for x in g():
        print(x)
except ValueError as e:
    print('caught', e)
def h():
    try:
        yield 'a'
    except KeyError as e:
        yield 'handled %s' % e
    yield 'end'
it = h()
print(next(it), it.throw(KeyError('k')), next(it))
def empty():
    return
    yield
print(list(empty()))
def stop_inside():
    yield 1
    return 5
i = stop_inside()
print(next(i))
try:
    next(i)
except StopIteration as e:
    print('StopIteration', e.value)
