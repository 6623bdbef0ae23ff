# float() from strings and other values, with CPython's error messages.
for s in ['1.5', '  -2.25  ', '1e5', '1E-3', 'inf', '-Infinity', 'nan', '+NaN', 'iNf', '1_000.5', '.5', '5.',
          '0x10', '', 'abc', '1.5.5', '1__0', '_1', '1e', 'infinity', '1e500', '-1e500', '١٫٥', '٣']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
print(float(), float(3), float(-7), float(True), float(2 ** 60), float(b'2.5'))
for bad in [None, [1], 'x', 3j]:
    try:
        float(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()))
