def f():
    import _simple
    from _pkg import mod_a as ma
    return _simple.VALUE, ma.A, sorted(locals())
print(f())
print('_simple' in globals(), 'ma' in globals())
class C:
    import _pkg.sub.deep
    from _pkg.sub.deep import DEEP
print(C.DEEP, C._pkg.sub.deep.DEEP)
def g():
    global _simple
    import _simple
g()
print(_simple.VALUE)
def h():
    import _pkg.sub.deep as x
    def inner():
        return x.DEEP
    return inner()
print(h())
def k():
    print(_pkg)
    import _pkg
try:
    k()
except UnboundLocalError as e:
    print(type(e).__name__, e)
import _pkg
del _pkg
try:
    _pkg
except NameError as e:
    print(type(e).__name__, e)
import sys
print('_pkg' in sys.modules)
