def outer(x):
    def double():
        return x * 2
    def triple():
        return x * 3
    def both():
        return double() + triple()
    return both()
print(outer(4))
def make_ops():
    ops = {}
    def reg(name):
        def deco(f):
            ops[name] = f
            return f
        return deco
    @reg('add')
    def _(a, b): return a + b
    @reg('mul')
    def _(a, b): return a * b
    return ops
ops = make_ops()
print(sorted(ops), ops['add'](2, 3), ops['mul'](2, 3))
