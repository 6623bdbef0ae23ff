# Runtime errors raised while matching, with CPython's messages.
class P:
    __match_args__ = ("x",)
    def __init__(self):
        self.x = 1

class BadArgs:
    __match_args__ = ["x"]

class NotStr:
    __match_args__ = (1,)

class NoAttr:
    __match_args__ = ("missing",)

def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

def m1():
    match P():
        case P(1, 2):
            return "two"
def m2():
    match BadArgs():
        case BadArgs(1):
            return "x"
def m3():
    match NotStr():
        case NotStr(1):
            return "x"
def m4():
    match NoAttr():
        case NoAttr(1):
            return "matched"
        case _:
            return "missing attribute means no match"
def m5():
    f = len
    match 3:
        case f():
            return "x"
def m6():
    match P():
        case P(x=1, y=2):
            return "y missing"
        case P(x=1):
            return "x only"
def m7():
    match 3:
        case float(1, 2):
            return "x"
def m8():
    class K:
        a = "k"
    match {"k": 1}:
        case {K.a: 1, "k": 2}:
            return "dup"

for i, fn in enumerate([m1, m2, m3, m4, m5, m6, m7, m8], 1):
    attempt(f"m{i}", fn)

# Uncaught: the traceback points into the match statement.
match P():
    case P(1, 2, 3):
        pass
