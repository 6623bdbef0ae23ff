def fail():
    raise TypeError('unsupported thing: %r' % ([1, 2],))
print('start')
fail()
