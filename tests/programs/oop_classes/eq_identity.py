class Plain:
    pass


a, b = Plain(), Plain()
print(a == a, a == b, a != b, a is a, a is not b)
print(a in [b, a], a in [b], [a].count(a), [a, b].index(b))
print(len({a, b, a}), {a: 1}.get(a), {a: 1}.get(b))


class Val:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        if not isinstance(other, Val):
            return NotImplemented
        return self.v == other.v

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return 'Val(%r)' % self.v


x, y = Val(1), Val(1)
print(x == y, x is y, x != y, x == 1, 1 == x, x != 1)
print(len({x, y}), {x: 'a'}[y], [Val(2), Val(1)].index(y), y in [Val(1)])
print(sorted({Val(3), Val(3), Val(4)}, key=lambda v: v.v))
d = {}
for i in [1, 2, 1, 3, 2, 1]:
    d[Val(i)] = d.get(Val(i), 0) + 1
print(sorted((k.v, c) for k, c in d.items()))
print([1, 2] == [1, 2], (Val(1),) == (Val(1),), [Val(1)] == [Val(2)])
