class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == '':
            return '$%d.%02d' % divmod(self.cents, 100)
        if spec == 'c':
            return '%dc' % self.cents
        if spec.startswith('>'):
            return format(str(self), spec)
        raise ValueError('bad spec %r' % spec)

    def __str__(self):
        return 'Money(%d)' % self.cents


m = Money(1234)
print(format(m), format(m, 'c'), f'{m}', f'{m:c}', '{}'.format(m), '{:c}'.format(m), f'{m!s}')
print(f'{m:>12}|', '{0:>12}|'.format(m))
try:
    format(m, 'zz')
except ValueError as e:
    print(type(e).__name__, e)


class Plain:
    def __str__(self):
        return 'plain'


print(format(Plain()), f'{Plain()}', '{:}'.format(Plain()))
try:
    format(Plain(), '>10')
except TypeError as e:
    print(type(e).__name__, e)
try:
    f'{Plain():d}'
except TypeError as e:
    print(type(e).__name__, e)


class BadFormat:
    def __format__(self, spec):
        return 42


try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)


class Width:
    def __format__(self, spec):
        return '[' + spec + ']'


w = 8
print(f'{Width():{w}.{3}}', '{:abc}'.format(Width()), '%s' % Width().__format__('q'))


class MyInt(int):
    def __format__(self, spec):
        return 'MyInt:' + int.__format__(self, spec)


print(format(MyInt(42), '05d'), f'{MyInt(7):x}')


class ReprOnly:
    def __repr__(self):
        return 'RO'


print(f'{ReprOnly()}', f'{ReprOnly()!r:>5}', '{!r}'.format(ReprOnly()), '%r %s' % (ReprOnly(), ReprOnly()))
