import types

ns = types.SimpleNamespace(a=1, b='two')
ns.c = [3]
print(ns, ns.a, ns.c, vars(ns))
print(ns == types.SimpleNamespace(a=1, b='two', c=[3]), ns == types.SimpleNamespace(a=1))
del ns.b
print(ns, types.SimpleNamespace())
class Sub(types.SimpleNamespace):
    pass
print(Sub(x=1))

def f():
    pass
def g():
    yield 1
class K:
    def m(self):
        pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType))
print(isinstance(K().m, types.MethodType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(types.FunctionType, types.GeneratorType, types.ModuleType, types.MethodType, types.NoneType, types.CodeType)
print(type(None) is types.NoneType, types.EllipsisType, types.NotImplementedType)

mod = types.ModuleType('plugin', 'A plugin module')
mod.VALUE = 10
exec('def get():\n    return VALUE * 2', mod.__dict__)
print(mod.__name__, mod.__doc__, mod.get())

mp = types.MappingProxyType({'x': 1, 'y': 2})
print(mp['x'], len(mp), 'y' in mp, sorted(mp), mp.get('z', 0), dict(mp))
try:
    mp['x'] = 5
except TypeError as e:
    print(type(e).__name__, e)

Dyn = types.new_class('Dyn', (object,), {}, lambda ns: ns.update({'hello': lambda self: 'hi'}))
print(Dyn.__name__, Dyn().hello())
meta, ns2, kw = types.prepare_class('Q', (), {'metaclass': type})
print(meta, ns2, kw)
print(types.resolve_bases((int, str)))
