from _simple import VALUE, bump, Thing as T, counter
print(VALUE, counter)
print(bump(), bump(), counter)
import _simple
print(_simple.counter)
print(T(5), T is _simple.Thing)
from _pkg.mod_a import A, which as w
print(A, w())
from _pkg.sub.deep import DEEP as D, where
print(D, where())
from _pkg import helper, PKG_VALUE as PV
print(helper(21), PV)
def inner():
    from _simple import VALUE as v
    return v + 1
print(inner())
from _simple import (
    VALUE as v1,
    VALUE as v2,
)
print(v1 == v2)
