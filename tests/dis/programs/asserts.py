assert x
assert x, 'message'
assert not x, f'{x}'
if __debug__:
    print('debug')
