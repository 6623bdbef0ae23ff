try:
    class A(1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class N(type(None)):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class F(type(lambda: 0)):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class X:
    pass


try:
    class Y(X, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class L(list, dict):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class S(int, str):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('T', (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__new__(5, 'x', (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    X.__bases__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoneType = type(None)
    NoneType()
    print('NoneType() ok')
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__new__(X, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    X.__mro__ = ()
except AttributeError as e:
    print(type(e).__name__, e)
