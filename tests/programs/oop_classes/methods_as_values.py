class Calc:
    def __init__(self, v):
        self.v = v

    def add(self, x):
        return Calc(self.v + x)

    def mul(self, x):
        return Calc(self.v * x)


ops = [Calc.add, Calc.mul, Calc.add]
c = Calc(1)
for i, op in enumerate(ops):
    c = op(c, i + 2)
print(c.v)
bound = [c.add, c.mul]
print([b(10).v for b in bound])
table = {'a': Calc.add, 'm': Calc.mul}
print(table['m'](Calc(6), 7).v)
print(list(map(Calc(100).add, [1, 2, 3]))[2].v)
print(sorted([Calc(3), Calc(1), Calc(2)], key=lambda k: k.v)[0].v)
getter = getattr(Calc(5), 'mul')
print(getter(5).v)


def free(self):
    return 'free ' + str(self.v)


Calc.free = free
print(Calc(9).free())
c2 = Calc(4)
c2.inst_fn = lambda: 'no self'
print(c2.inst_fn())
c2.inst_fn2 = free
try:
    c2.inst_fn2()
except TypeError as e:
    print(type(e).__name__, e)


class Chain:
    def __init__(self):
        self.log = []

    def a(self):
        self.log.append('a')
        return self

    def b(self):
        self.log.append('b')
        return self


print(Chain().a().b().a().log)
