# Calling the builtin exception types: with no, one or several arguments, with keywords (the
# error, or the fields they set), subclasses with their own __init__, and the args tuple
# owning its items.
for T in (ValueError, KeyError, IndexError, TypeError, RuntimeError, ZeroDivisionError, Exception, BaseException, StopIteration, OSError, ImportError, AttributeError, NameError, SystemExit, UnicodeDecodeError, KeyboardInterrupt, ExceptionGroup):
    for args in ((), (1,), ("a", 2)):
        try:
            e = T(*args)
            print(T.__name__, repr(e), e.args, str(e))
        except Exception as x:
            print(T.__name__, args, "->", type(x).__name__, x)
    try:
        T("m", bogus=1)
    except TypeError as x:
        print(T.__name__, "kw ->", x)
class Mine(ValueError):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b
m = Mine(1, b=3)
print(repr(m), m.args, m.b)
try:
    raise KeyError("k")
except KeyError as e:
    print(repr(e), e.args, str(e))
e = ValueError(*range(3)); print(e.args)
l = [1, 2]; e = ValueError(*l); l.append(3); print(e.args)
