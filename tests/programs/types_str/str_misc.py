# Assorted str methods: format_map, count, title edge cases, str() of objects, str constructor.
class P:
    def __str__(self):
        return 'P!'
    def __repr__(self):
        return 'P()'
print(str(P()), repr(P()), [P()], '%s %r' % (P(), P()), f'{P()} {P()!r}', str(), str(42), str(-0.0))
print('{a}-{b}'.format_map({'a': 1, 'b': 2}), '{0}{0}'.format('x'))
class D(dict):
    def __missing__(self, k):
        return '<' + k + '>'
print('{x} {y}'.format_map(D(x=1)))
try:
    '{z}'.format_map({})
except KeyError as e:
    print(type(e).__name__, e)
print(str(b'\x00\xff'), str(object) , str(type), str(1j), str([1, 'a']), str((1,)), str({}))
try:
    str(b'x', 'nope')
except LookupError as e:
    print(type(e).__name__, e)
try:
    str(1, 'utf-8')
except TypeError as e:
    print(type(e).__name__, e)
print('abc'.__hash__() == hash('abc'), 'a'.join('') == '', 'Hello'.swapcase().swapcase())
