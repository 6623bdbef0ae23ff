# Subclasses of list, tuple and dict that override __len__, __bool__, __iter__, __contains__,
# __getitem__ or keys: len(), truth, unpacking and 'in' must call the override.
class L(list):
    def __len__(self):
        return 42
class D(dict):
    def __len__(self):
        return 7
class T(tuple):
    def __len__(self):
        return 3
print(len(L([1])), len(D(a=1)), len(T((1, 2))), len('ab\U0001F600'), len('x' * 300 + '\U0001F600'))
class E(list):
    def __len__(self):
        return 0
class B(dict):
    def __bool__(self):
        return False
e = E([1, 2])
print(bool(e), bool(B(a=1)), 'yes' if e else 'no', not e, len(E()), [x for x in e])
class I(list):
    def __iter__(self):
        return iter([9, 9])
    def __contains__(self, x):
        return x == 'z'
i = I([1])
print(list(i), sum(i), sorted(i), 'z' in i, 1 in i, tuple(i), [*i])
class G(dict):
    def __getitem__(self, k):
        return 'G'
    def __contains__(self, k):
        return True
g = G(a=1)
print(g['zz'], 'q' in g, g.get('a'))
def f(*a, **k):
    return a, k
class M(dict):
    def keys(self):
        return ['x']
    def __getitem__(self, k):
        return 'M'
print(f(*i), (*i,), {*i}, f(**M(a=1)), {**M(a=1)})
