import operator as op
a = [1, 2]
b = op.iadd(a, [3])
print(a, b is a)
t = (1,)
u = op.iadd(t, (2,))
print(t, u, u is t)
s = {1, 2}
op.ior(s, {3}); op.iand(s, {1, 3, 5}); op.ixor(s, {9})
print(sorted(s))
x = 10
print(op.isub(x, 3), op.imul(x, 2), op.itruediv(x, 4), op.ifloordiv(x, 4), op.imod(x, 4), op.ipow(x, 2), op.ilshift(x, 1), op.irshift(x, 1), x)
l = [1]
print(op.imul(l, 3), l, op.iconcat(l, (9,)), l)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __repr__(self): return 'Acc%r' % (self.items,)
acc = Acc()
print(op.iadd(acc, 1), op.iadd(acc, 2), op.__iadd__(acc, 3))
for f, args in [(op.iadd, (1, 'a')), (op.iconcat, (1, 2)), (op.itruediv, (1, 0))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
