def level(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        return level(n - 1)
    finally:
        print("unwinding", n)
try:
    level(3)
except ValueError as e:
    print("caught", e)
def handler_chain():
    try:
        try:
            try:
                raise KeyError("k")
            except KeyError:
                raise IndexError("i")
        except IndexError as e:
            print("inner caught", repr(e), repr(e.__context__))
            raise
    except LookupError as e:
        print("outer caught", type(e).__name__)
    return "ok"
print(handler_chain())
def exc_in_else():
    try:
        pass
    except Exception:
        print("no")
    else:
        raise RuntimeError("from else")
try:
    exc_in_else()
except RuntimeError as e:
    print(e)
import sys
def state():
    try:
        raise TypeError("t")
    except TypeError:
        try:
            raise ValueError("v")
        except ValueError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0])
state()
for i in range(3):
    try:
        try:
            if i == 0:
                raise ValueError
            elif i == 1:
                continue
        finally:
            print("inner finally", i)
    except ValueError:
        print("handled", i)
