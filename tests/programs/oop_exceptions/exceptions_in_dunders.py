class Bad:
    def __repr__(self):
        raise ValueError('repr failed')

    def __len__(self):
        raise KeyError('len failed')

    def __iter__(self):
        raise IndexError('iter failed')

    def __hash__(self):
        raise TypeError('hash failed')

    def __eq__(self, o):
        raise ZeroDivisionError('eq failed')

    def __getattr__(self, name):
        raise LookupError('getattr failed for ' + name)

    def __bool__(self):
        raise OSError('bool failed')


b = Bad()
tests = [
    ('repr', lambda: repr(b)), ('str', lambda: str(b)), ('len', lambda: len(b)), ('iter', lambda: list(b)),
    ('hash', lambda: {b: 1}), ('eq', lambda: b == 1), ('in', lambda: 1 in [b]), ('attr', lambda: b.zzz),
    ('bool', lambda: not b), ('print', lambda: print([b])), ('fmt', lambda: '%r' % (b,)),
    ('hasattr', lambda: hasattr(b, 'q')), ('getattr3', lambda: getattr(b, 'q', 'default')),
]
for name, t in tests:
    try:
        t()
        print(name, 'no error')
    except Exception as e:
        print(name, type(e).__name__, e)
