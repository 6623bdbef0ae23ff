class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass


print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in Z.mro()])
print([k.__name__ for k in K3.__mro__])
try:
    class Bad(A, O, B):
        pass
    print([k.__name__ for k in Bad.__mro__])
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(O, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromInt(5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Both(XY, YX):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(Z.__bases__ == (K1, K2, K3), [b.__name__ for b in K2.__bases__])
