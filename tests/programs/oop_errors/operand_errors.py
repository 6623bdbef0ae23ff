class C:
    pass


class D:
    pass


c = C()
pairs = [
    (lambda: c + 1, '+'), (lambda: 1 + c, '+'), (lambda: c - c, '-'), (lambda: c * 'a', '*'),
    (lambda: c / 2, '/'), (lambda: c // 2, '//'), (lambda: c % 2, '%'), (lambda: c ** 2, '**'),
    (lambda: c << 1, '<<'), (lambda: c >> 1, '>>'), (lambda: c & 1, '&'), (lambda: c | 1, '|'),
    (lambda: c ^ 1, '^'), (lambda: c @ c, '@'), (lambda: divmod(c, 1), 'divmod'),
    (lambda: pow(c, 2, 3), 'pow3'), (lambda: c + D(), '+'), (lambda: [] + (), '+'),
    (lambda: 'a' + 1, '+'), (lambda: 1 + 'a', '+'), (lambda: None + 1, '+'), (lambda: {} | [], '|'),
    (lambda: 'a' * 1.5, '*'), (lambda: [1] * [2], '*'), (lambda: 'a' - 'b', '-'),
    (lambda: 2 ** 'x', '**'), (lambda: 1.5 // 'a', '//'), (lambda: 'x' % (1, 2), '%'),
]
for f, op in pairs:
    try:
        f()
    except TypeError as e:
        print(op, '->', type(e).__name__, e)
unary = [lambda: -c, lambda: +c, lambda: ~c, lambda: abs(c), lambda: -'s', lambda: ~1.5, lambda: +[]]
for f in unary:
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
x = C()
for stmt in ['x += 1', 'x -= 1', 'x *= 2', 'x /= 2', 'x //= 2', 'x %= 2', 'x **= 2', 'x <<= 1',
             'x >>= 1', 'x &= 1', 'x |= 1', 'x ^= 1', 'x @= 1']:
    try:
        exec(stmt)
    except TypeError as e:
        print(stmt, '->', e)
