class A: pass
class B(A): pass
class C(B): pass
class D: pass


for cls in (A, B, C, D):
    print(cls.__name__, [issubclass(cls, k) for k in (A, B, C, D, object)])
c = C()
print(isinstance(c, A), isinstance(c, (D, B)), isinstance(c, (D,)), isinstance(c, ()))
print(isinstance(c, (D, (int, A))), issubclass(C, (int, (str, A))))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), issubclass(int, object))
print(isinstance(A, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
try:
    isinstance(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(c, A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(C, 5)
except TypeError as e:
    print(type(e).__name__, e)


class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42

    def __subclasscheck__(cls, sub):
        return sub is int


class Magic(metaclass=Meta):
    pass


print(isinstance(42, Magic), isinstance(41, Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(Magic(), Magic))
print(A.__subclasses__(), B.__subclasses__(), [k.__name__ for k in C.__subclasses__()])
