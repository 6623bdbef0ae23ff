import sys
m = __import__('_simple')
print(m.VALUE, m is sys.modules['_simple'])
top = __import__('_pkg.sub.deep')
print(top.__name__, top.sub.deep.DEEP)
leaf = __import__('_pkg.sub.deep', fromlist=['DEEP'])
print(leaf.__name__)
leaf2 = __import__('_pkg.sub', globals(), locals(), ['deep'], 0)
print(leaf2.__name__, leaf2.deep.DEEP)
print(__import__('_pkg', fromlist=['mod_a']).mod_a.A)
rel = __import__('mod_a', {'__package__': '_pkg', '__name__': '_pkg'}, None, ['A'], 1)
print(rel.__name__, rel.A)
rel2 = __import__('', {'__package__': '_pkg.sub'}, None, ['deep'], 2)
print(rel2.__name__)
print(__import__('math').floor(3.7))
for args, kw in [(('_nothing_like_this',), {}), ((5,), {}), (('',), {}), (('x',), {'level': -1}),
                 (('x', {}, None, (), 1), {}), (('x', {'__package__': 3}, None, (), 1), {})]:
    try:
        __import__(*args, **kw)
    except Exception as e:
        print(args, kw, type(e).__name__, e)
import builtins
print(builtins.__import__ is __import__)
