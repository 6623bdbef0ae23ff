# Exception classes as objects: custom __init__/__str__, args, raise checks, multiple
# inheritance among builtin exceptions (lay-out conflicts) and object.__new__ safety.
class E(Exception):
    def __init__(self, code):
        self.code = code
e = E(5)
print(repr(e), str(e), e.args, e.code)
class F(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
f = F(1, 2)
print(repr(f), f.args, str(f))
class G(Exception):
    def __str__(self): return "custom str"
    def __repr__(self): return "G!"
print(G(), repr(G()), [G()])
for thunk in (lambda: exec("raise 5"), ):
    try: thunk()
    except TypeError as e: print(e)
def r1(): raise ValueError from 5
def r2(): raise ValueError() from ValueError
def r3(): raise int
def r4(): raise E
for fn in (r1, r2, r3, r4):
    try: fn()
    except Exception as e: print(type(e).__name__, e, repr(e.__cause__))
class KW(Exception):
    def __init__(self, *, msg):
        super().__init__(msg)
try: raise KW(msg="hi")
except KW as e: print(e, e.args)
try: ValueError(x=1)
except TypeError as e: print(e)
print(BaseException.__new__(ValueError, 1, 2).args)
e = ValueError(1)
e.args = [3, 4]
print(e.args, str(e))
try: e.args = 5
except TypeError as err: print(err)
print(str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
ex = StopIteration(3)
print(ex.value, StopIteration().value)
print(SystemExit(2).code, SystemExit().code, SystemExit(1, 2).code)
class Multi(ValueError, KeyError): pass
print(Multi.__mro__[1:3], str(Multi("x")))
try:
    class Bad(ValueError, OSError): pass
except TypeError as e: print(e)
print(OSError(2, "No such file", "f.txt"), type(OSError(2, "x")).__name__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), ExceptionGroup.__bases__)
for bases in [(OSError, ImportError), (StopIteration, SystemExit), (AttributeError, NameError), (ValueError, OSError), (KeyError, ExceptionGroup), (UnicodeEncodeError, UnicodeDecodeError), (ZeroDivisionError, IndexError)]:
    try:
        t = type("T", bases, {})
        print("ok", [c.__name__ for c in t.__mro__])
    except TypeError as e:
        print("TypeError:", e)
class E2(ValueError): pass
try: object.__new__(E2)
except TypeError as e: print(e)
class D(dict): pass
class D2(dict):
    def __new__(cls): return object.__new__(cls)
for c in (D, D2, int, E2, KeyError):
    try: object.__new__(c)
    except TypeError as e: print(e)
class Ok:
    def __new__(cls): return object.__new__(cls)
class Ok2(Ok): pass
print(type(object.__new__(Ok2)).__name__, type(Ok2()).__name__)
