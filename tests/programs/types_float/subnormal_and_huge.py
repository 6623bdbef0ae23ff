# Results in the subnormal range are rounded once (no double rounding through 53 bits),
# and a huge int meeting a float raises OverflowError in every operator and in divmod().
x = int(1.7976931348623151e+308)
print(repr(1 / x), repr(3 / x), repr(1.7976931348623151e+308 ** -1))
print(repr(7 / (1 << 1075)), repr((1 << 60) / (1 << 1100)), repr(1 / (1 << 1080)))
for k in range(1020, 1080, 9):
    print(k, repr(12345 / (1 << k)), repr(1 / ((1 << k) + 12345)), repr(-5 / ((1 << k) - 1)))
print(repr(2.0 ** -1074), repr(2.0 ** -1075), repr(3.0 ** -680), repr(0.1 ** 320))

big = 10 ** 400
cases = [
    ('1.0 // big', lambda: 1.0 // big), ('big // 1.0', lambda: big // 1.0),
    ('1.0 + big', lambda: 1.0 + big), ('big * 2.5', lambda: big * 2.5),
    ('1.5 / big', lambda: 1.5 / big), ('big % 2.0', lambda: big % 2.0),
    ('divmod(big, 2.0)', lambda: divmod(big, 2.0)), ('divmod(2.0, -big)', lambda: divmod(2.0, -big)),
    ('big / 3', lambda: big / 3), ('1.0 < big', lambda: 1.0 < big), ('big == 1e300', lambda: big == 1e300),
    ('divmod(big, 7)', lambda: divmod(big, 7)[1]), ('float(big)', lambda: float(big)),
]
for text, f in cases:
    try:
        print(text, '->', f())
    except OverflowError as e:
        print(text, '-> OverflowError:', e)
