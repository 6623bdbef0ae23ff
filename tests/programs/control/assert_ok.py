assert True
assert 1 + 1 == 2, 'math'
x = [1, 2]
assert x, 'nonempty'
assert len(x) == 2
try:
    assert x == [], 'x is %r' % (x,)
except AssertionError as e:
    print('AssertionError:', e)
try:
    assert 0
except AssertionError as e:
    print('no message:', repr(e), e.args)
print('done')
