class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow
with CM("a") as c:
    print("body", c.name)
with CM("b", True):
    raise ValueError("suppressed")
print("after b")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
def ret():
    with CM("d"):
        return "returned"
print(ret())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
with CM("x") as x, CM("y") as y:
    print("two", x.name, y.name)
class Bad:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise RuntimeError("in exit")
try:
    with Bad():
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), repr(e.__context__))
try:
    with 5:
        pass
except TypeError as e:
    print(e)
