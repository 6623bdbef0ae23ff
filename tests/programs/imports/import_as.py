import _simple as s, _pkg as p
import _pkg.mod_a as ma
import _pkg.sub.deep as dp
print(s.VALUE, p.PKG_VALUE, ma.A, dp.DEEP)
print(ma.which(), dp.where())
print('s' in dir(), '_simple' in dir(), '_pkg' in dir())
print(ma is p.mod_a, dp is p.sub.deep)
import _pkg.sub as sb
print(sb.SUB, sb.deep is dp)
def f():
    import _pkg.sub.deep as local_deep
    return local_deep.DEEP, 'local_deep' in globals()
print(f())
