# types.new_class / prepare_class / resolve_bases, SimpleNamespace.__reduce__, and building
# functions with types.FunctionType(code, globals, name, argdefs, closure).
import types
# types.new_class, prepare_class, resolve_bases
C = types.new_class("C", (), {}, lambda ns: ns.update(x=1))
print(C.x, C.__name__, type(C))
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", kw)
        return {}
D = types.new_class("D", (C,), {"metaclass": Meta, "flag": 1} if False else {"metaclass": Meta})
print(type(D).__name__, D.__mro__)
meta, ns, kw = types.prepare_class("E", (C,), {"metaclass": Meta})
print(meta.__name__, ns, kw)
print(types.resolve_bases((int, list[int])))
E2 = types.new_class("E2", (list[int],))
print(E2.__mro__, E2.__orig_bases__)
ns = types.SimpleNamespace(a=1)
print(ns.__reduce__())
print(types.MethodType.__name__, types.FunctionType(C.__init__.__code__ if False else (lambda: 3).__code__, {})())
c = (lambda: 3).__code__
for a in [(1, {}), (c, 1), (c, {}, 5), (c, {}, None, 5), (c, {}, 'nm', (1,))]:
    try:
        f = types.FunctionType(*a)
        print(f.__name__, f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
def outer():
    x = 1
    def g(): return x
    return g
g = outer()
for cl in [None, (), g.__closure__]:
    try: print(types.FunctionType(g.__code__, {}, None, None, cl)())
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
def defaults(a, b=2): return a + b
d2 = types.FunctionType(defaults.__code__, globals(), "d2", (10,))
print(d2(1), d2.__name__, d2.__defaults__)
print(types.FunctionType(c, {"__builtins__": {}})())
