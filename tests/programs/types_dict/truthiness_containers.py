# Truth values of dicts, sets and frozensets (taken from their size), and of subclasses that
# define __len__ or __bool__ (which must still be called), in the loop and in translated code.


class D(dict):
    def __len__(self):
        return 0


class S(set):
    def __bool__(self):
        return False


class F(frozenset):
    def __len__(self):
        return 7


def t(x):
    r = []
    for _ in range(2):
        r.append(bool(x))
        r.append(1 if x else 0)
        r.append(not x)
    return r


vals = [{}, {"a": 1}, set(), {1}, frozenset(), frozenset({2}), D(a=1), S({1}), F(), {1: 2}.keys(), {}.values()]
for _ in range(12):
    out = [t(v) for v in vals]
for v, o in zip(vals, out):
    print(type(v).__name__, o)

d = {"x": 1}
del d["x"]
s = {1}
s.discard(1)
print(bool(d), bool(s), not d, not s)

todo = {3: "c", 1: "a", 2: "b"}
order = []
while todo:
    k = min(todo)
    order.append(todo.pop(k))
print(order, bool(todo))
