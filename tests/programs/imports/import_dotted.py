import _pkg.sub.deep
print(_pkg.PKG_VALUE)
print(_pkg.sub.SUB)
print(_pkg.sub.deep.DEEP)
print(_pkg.sub.deep.where())
print('sub' in dir(_pkg), 'deep' in dir(_pkg.sub))
print('mod_a' in dir(_pkg))
try:
    _pkg.mod_a
except AttributeError as e:
    print(type(e).__name__, e)
import _pkg.mod_a
print(_pkg.mod_a.A, 'mod_a' in dir(_pkg))
import _pkg
print(_pkg.sub.deep.__name__)
def g():
    import _pkg.sub.inner.leaf
    return _pkg.sub.inner.leaf.LEAF, _pkg.sub.inner.leaf.DOUBLED
print(g())
print('g local leaves no global:', 'leaf' in dir())
