# TypeErrors from mixing ints with other types carry CPython's operand names.
ops = [('+', lambda a, b: a + b), ('-', lambda a, b: a - b), ('*', lambda a, b: a * b),
       ('/', lambda a, b: a / b), ('//', lambda a, b: a // b), ('%', lambda a, b: a % b),
       ('**', lambda a, b: a ** b), ('<<', lambda a, b: a << b), ('&', lambda a, b: a & b),
       ('<', lambda a, b: a < b)]
for other in ['x', None, [1], {}, (1,)]:
    for name, f in ops:
        try:
            print(name, f(3, other))
        except TypeError as e:
            print(name, type(e).__name__, e)
try:
    -'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs('x')
except TypeError as e:
    print(type(e).__name__, e)
print([1] * 3, 3 * 'ab', (1,) * 2)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
x = 5
x += 2; x -= 1; x *= 3; x //= 4; x **= 3; x %= 7; x <<= 2; x >>= 1; x |= 8; x &= 14; x ^= 3
print(x)
