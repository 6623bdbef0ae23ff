# format() builtin and __format__ overrides, including errors from bad return values.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        s = f'${self.cents / 100:.2f}'
        return format(s, spec) if spec else s
m = Money(12345)
print(format(m), format(m, '>12'), f'{m:*<12}', '{:^14}'.format(m), '%s' % 'x')
class BadFmt:
    def __format__(self, spec):
        return 42
try:
    format(BadFmt())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f'{BadFmt()}'
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(format(1234.5), format(-1), format('x'), format(3 + 4j, '.1f'), format(1j, '>8'), format(1.5 + 2j, 'e'))
print(type(format(5, "")).__name__)
try:
    object().__format__('x')
except TypeError as e:
    print(type(e).__name__, e)
