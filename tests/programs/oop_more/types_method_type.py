# types.MethodType binds any callable to an instance by hand.
import types


class Counter:
    def __init__(self):
        self.n = 0


def bump(self, by=1):
    self.n += by
    return self.n


c = Counter()
m = types.MethodType(bump, c)
print(m(), m(5), c.n)
print(m.__func__ is bump, m.__self__ is c, m.__name__)
print(type(m) is types.MethodType, isinstance(m, types.MethodType))

# attach to one instance only
c.bump = types.MethodType(bump, c)
print(c.bump(10))
print(hasattr(Counter(), "bump"))

# a class as the "instance": the way classmethods bind
def make(cls, *args):
    return cls.__name__, args

cm = types.MethodType(make, Counter)
print(cm(1, 2))

# builtins and callable objects bind too
lm = types.MethodType(len, [1, 2, 3])
print(lm())


class Adder:
    def __call__(self, a, b):
        return a + b


am = types.MethodType(Adder(), 100)
print(am(5))

print(m == types.MethodType(bump, c), m == types.MethodType(bump, Counter()))

for args in [(bump,), (bump, None), (1, c), (bump, c, 3), ()]:
    try:
        types.MethodType(*args)
    except TypeError as e:
        print("TypeError:", e)

try:
    types.MethodType(bump, obj=c)
except TypeError as e:
    print("TypeError:", e)
