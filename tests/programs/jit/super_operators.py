# super() calls, closures and operator methods in hot translated code: methods with free
# variables are called directly, operator lookups are remembered per class until a class
# changes, and every way back (NotImplemented, reflected methods, errors) still works.


class Base:
    def step(self, n):
        return n + 1

    def __init__(self, v):
        self.v = v


class Mid(Base):
    def step(self, n):
        return super().step(n) * 2


class Leaf(Mid):
    def __init__(self, v):
        super().__init__(v * 10)

    def step(self, n):
        return super().step(n) + 3

    def captured(self):
        # `self` is a cell here (the lambda uses it): super() reads it through the cell.
        f = lambda: self.v
        return super().step(f())


def run_steps(objs, n):
    t = 0
    for i in range(n):
        for o in objs:
            t += o.step(i)
    return t


objs = [Base(1), Mid(2), Leaf(3)]
print("steps", run_steps(objs, 40), Leaf(4).v, Leaf(5).captured())


def make_adder(k):
    def add(x):
        return x + k
    return add


def use_closures(n):
    adders = [make_adder(k) for k in range(3)]
    t = 0
    for i in range(n):
        for a in adders:
            t += a(i)
    return t


print("closures", use_closures(50))


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        return NotImplemented

    def __radd__(self, o):
        return V(o + self.x)

    def __lt__(self, o):
        return self.x < o.x

    def __repr__(self):
        return "V(" + repr(self.x) + ")"


class W(V):
    def __radd__(self, o):
        return W(("w", o.x if isinstance(o, V) else o, self.x))


def sums(n):
    acc = V(0)
    r = []
    for i in range(n):
        acc = acc + V(i)
        r.append((1 + V(i)).x)
        r.append(acc < V(n))
    return acc, r[-4:]


print("ops", sums(30))
# A subclass's reflected method comes first.
print("sub", V(1) + W(2), 5 + W(3))
for _ in range(20):
    x = V(1) + V(2)
# The class changes after the lookups were remembered.
V.__add__ = lambda self, o: "patched"
print("patched", V(1) + V(2), sums.__name__)
del V.__add__
try:
    for i in range(3):
        print(V(1) + V(2))
except TypeError as e:
    print("TypeError:", e)


class NoArgs:
    @staticmethod
    def s():
        return super().step(1)


try:
    NoArgs.s()
except RuntimeError as e:
    print("RuntimeError:", e)


def hot_errors(n):
    out = []
    for i in range(n):
        try:
            out.append(V(i) + "s")
        except TypeError as e:
            out.append(str(e))
    return out[-1]


print(hot_errors(25))
print(V(1) < 3)
