try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", type(e).__name__, e)
try:
    [][1]
except (KeyError, IndexError) as e:
    print("caught", repr(e))
try:
    {}['k']
except LookupError as e:
    print("lookup", e, e.args)
def raiser():
    raise ValueError("bad value", 42)
try:
    raiser()
except ValueError as e:
    print(e.args, str(e))
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise KeyError("outer")
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
try:
    try:
        raise TypeError("inner")
    except TypeError as t:
        raise KeyError("outer") from t
except KeyError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    try:
        raise ValueError("a")
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e)
try:
    raise
except RuntimeError as e:
    print(e)
class MyError(Exception):
    pass
try:
    raise MyError("mine")
except Exception as e:
    print(type(e).__name__, e, isinstance(e, MyError))
try:
    try:
        pass
    finally:
        print("no exception finally")
    raise NameError("after")
except NameError as e:
    print(e)
else:
    print("not here")
try:
    pass
except Exception:
    print("no")
else:
    print("else branch")
finally:
    print("finally branch")
import sys
try:
    raise KeyError("k")
except KeyError:
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())
def f():
    try:
        raise ValueError("x")
    except ValueError as e:
        err = e
    try:
        e
    except NameError as ne:
        print("e was deleted:", ne)
    return err
print(repr(f()))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError("boom")
    except 42:
        pass
except TypeError as e:
    print(e)
