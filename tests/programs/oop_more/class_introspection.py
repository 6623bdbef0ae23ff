# Class introspection: __doc__, __annotations__, __qualname__ of nested classes, renaming,
# the refusals to change builtin types, __subclasses__, vars/dir, and __dict__ assignment.
class A:
    """doc A"""
    x: int = 1
    y: str
    def m(self): pass
print(A.__doc__, A.__annotations__, A.__module__, A.__qualname__, A.__name__)
print(sorted(k for k in A.__dict__ if not k.startswith('__')), '__weakref__' in A.__dict__, '__dict__' in A.__dict__)
print(A.__dict__['__dict__'], A.__dict__['__weakref__'])
print(A.m.__qualname__, A().m.__self__.__class__.__name__, A.m.__name__)
class Outer:
    class Inner:
        def f(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.f.__qualname__, repr(Outer.Inner))
A.__name__ = "Renamed"
print(repr(A), A.__qualname__)
try: A.__name__ = 5
except TypeError as e: print(e)
try: int.__name__ = "x"
except TypeError as e: print(e)
try: int.foo = 1
except TypeError as e: print(e)
try: del int.real
except TypeError as e: print(e)
try: object.__dict__['x'] = 1
except TypeError as e: print(e)
print(type(A.__dict__).__name__, A.__bases__, A.__base__, A.__mro__)
print(A.__subclasses__(), int.__subclasses__()[:0])
class B(A): pass
print(A.__subclasses__())
print(B.__init__ is object.__init__, B.__repr__ is object.__repr__)
print(vars(B), dir(B) == sorted(dir(B)))
print('m' in dir(B()), 'x' in dir(B))
b = B(); b.z = 1
print(vars(b), b.__dict__ is vars(b))
try: b.__dict__ = 5
except TypeError as e: print(e)
b.__dict__ = {'q': 2}
print(b.q)
print(isinstance(A, type), type(type), type(object), object.__bases__, type.__bases__)
print(A.__class__)
