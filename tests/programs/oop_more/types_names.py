# The names types exports for builtin types, and SimpleNamespace.
import types
import sys


def f():
    pass


async def co():
    pass


def gen():
    yield


print(types.FunctionType is type(f), types.LambdaType is type(lambda: 0))
print(types.CodeType is type(f.__code__), types.ModuleType is type(sys))
print(types.BuiltinFunctionType is type(len), types.GeneratorType is type(gen()))
c = co()
print(types.CoroutineType is type(c))
c.close()
print(types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
print(types.FunctionType.__name__, types.CodeType.__name__, types.MethodType.__name__, types.MappingProxyType.__name__)
print(isinstance(f, types.FunctionType), isinstance(len, types.FunctionType))

m = types.ModuleType("made")
print(m.__name__, m.__doc__, repr(m)[:20])
m2 = types.ModuleType("made2", "docs")
print(m2.__doc__)

ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, vars(ns))
print(ns == types.SimpleNamespace(b="two", c=[3]), ns != types.SimpleNamespace())
try:
    ns.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(ns)
except TypeError as e:
    print("TypeError:", e)


class Sub(types.SimpleNamespace):
    pass


print(Sub(x=1))
rec = types.SimpleNamespace()
rec.self = rec
print(rec)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
