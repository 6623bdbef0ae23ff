def check(n):
    assert n > 0, 'n must be positive, got %d' % n
    return n
print(check(1))
print(check(-5))
