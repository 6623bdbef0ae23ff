# error messages of the object protocol, as CPython 3.11 words them
class C: pass
class WithLen:
    def __len__(self): return -1
class BadBool:
    def __bool__(self): return 1
class BadRepr:
    def __repr__(self): return 5
class NoFmt: pass
cases = [
    lambda: 1 + 'a', lambda: 'a' + 1, lambda: [1] + 'a', lambda: 'a' * 'b', lambda: [1] * 'a',
    lambda: 1 < 'a', lambda: C() < C(), lambda: None > 1, lambda: -'a', lambda: ~1.5, lambda: +None,
    lambda: abs('a'), lambda: len(5), lambda: len(WithLen()), lambda: bool(BadBool()), lambda: repr(BadRepr()),
    lambda: 1[0], lambda: C()[0], lambda: iter(5), lambda: next(5) if False else iter(C()), lambda: 'a' in 5,
    lambda: 5 in 'abc', lambda: hash([]), lambda: C().x, lambda: C.x, lambda: setattr(1, 'x', 2),
    lambda: setattr(int, 'x', 2), lambda: (1).real.__class__.__dict__ and setattr(1, 'real', 3),
    lambda: delattr(C(), 'x'), lambda: format(NoFmt(), 'x'), lambda: f'{NoFmt():>5}', lambda: C(1),
    lambda: object(1), lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: 2.0 ** 10000,
    lambda: 0 ** -1, lambda: 1 << -1, lambda: int('abc'), lambda: int('5', 99), lambda: float('abc'),
    lambda: int(float('nan')), lambda: int(float('inf')), lambda: float(10 ** 400), lambda: 'abc'.foo,
    lambda: None.foo, lambda: type.foo, lambda: chr(-1), lambda: 'x'.join([1]), lambda: 'abc'[10],
    lambda: 'abc'['a'], lambda: b'abc'[10], lambda: '%d' % 'x', lambda: '%s %s' % (1,), lambda: '{0}'.format(),
    lambda: '{x}'.format(), lambda: 'a'.center(5, 'ab'), lambda: ''.split(''), lambda: 'abc'.index('z'),
    lambda: pow(2, 3, 0), lambda: round(1.5, 'x'), lambda: divmod(1, 0), lambda: complex(1, 2) < 1,
    lambda: (1+2j) // 1, lambda: 'é'.encode('ascii'), lambda: b'\xff'.decode('utf-8'), lambda: b'a' + 'b',
]
for i, f in enumerate(cases):
    try:
        r = f()
        print(i, 'ok', repr(r)[:40])
    except Exception as e:
        print(i, type(e).__name__ + ':', e)
