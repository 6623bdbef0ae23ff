# __setattr__/__delattr__/__getattribute__ overrides on classes and metaclasses, and the
# checks on attribute names and on object.__setattr__ applied to a class.
class Frozen:
    __slots__ = ('a',)
    def __init__(self, a): object.__setattr__(self, 'a', a)
    def __setattr__(self, n, v): raise AttributeError(f"{type(self).__name__} is frozen")
    def __delattr__(self, n): raise AttributeError("no delete")
f = Frozen(1)
print(f.a)
for op in (lambda: setattr(f, 'a', 2), lambda: delattr(f, 'a')):
    try: op()
    except AttributeError as e: print(e)
try: object.__setattr__(1, "x", 2)
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
try: object.__setattr__(int, 'x', 2)
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
try: type.__setattr__(int, 'x', 2)
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
try: setattr(f, 5, 1)
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
try: getattr(f, 5)
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
try: hasattr(f, None)
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
try: delattr(f, b'a')
except (TypeError, AttributeError) as e: print(type(e).__name__, e)
class Logged:
    def __setattr__(self, n, v):
        print("set", n, v)
        super().__setattr__(n, v)
    def __getattribute__(self, n):
        if not n.startswith('_'): print("get", n)
        return super().__getattribute__(n)
l = Logged(); l.x = 1; print(l.x)
class TypeGA(type):
    def __getattribute__(cls, n):
        if n == 'magic': return 42
        return super().__getattribute__(n)
class T(metaclass=TypeGA): pass
print(T.magic, T.__name__)
print(getattr(T, 'magic'), hasattr(T, 'nothing'))
class Meta(type):
    def __setattr__(cls, n, v):
        print("meta set", n)
        super().__setattr__(n, v)
class M(metaclass=Meta): pass
M.attr = 1
print(M.attr)
try: object.__getattribute__(f, 'zzz')
except AttributeError as e: print(e)
print(object.__getattribute__(f, 'a'))
class MetaX(type): pass
class X(metaclass=MetaX): pass
for op in (lambda: object.__setattr__(X, 'y', 1), lambda: object.__delattr__(X, 'y')):
    try: op()
    except TypeError as e: print(e)
type.__setattr__(X, 'y', 1)
print(X.y)
