def check(x):
    assert isinstance(x, int), 'need int, got %s' % type(x).__name__
    assert x > 0, x
    return x
for v in [1, 'a', -3, 0]:
    try:
        print(check(v))
    except AssertionError as e:
        print('AssertionError:', e)
