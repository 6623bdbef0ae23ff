# iter() and unpacking of builtin containers, of subclasses that override __iter__ (also for
# f(*args)), and a builtin __iter__ borrowed by an unrelated class.
class L(list):
    def __iter__(self):
        return iter('xy')
class D(dict):
    def __iter__(self):
        return iter([7])
class R:
    __iter__ = list.__iter__
for obj in (L([1]), D(a=1), [1, 2], (3,), {4: 5}, {6}, frozenset([8]), range(2), {1: 2}.items(), {1: 2}.keys(), {1: 2}.values(), 'ab'):
    print(type(obj).__name__, list(obj), [x for x in obj], *obj)
try:
    iter(R())
except TypeError as e:
    print(e)
it = iter([1, 2])
print(iter(it) is it, type(iter({})).__name__, type(iter(set())).__name__, type(iter(range(3))).__name__)

class T(tuple):
    def __iter__(self):
        return iter('ab')
class L(list):
    def __iter__(self):
        return iter('cd')
print(*T((1,)))
print(*L([1]))
def f(*a):
    return a
print(f(*T((1, 2))), f(*L([3])), f(0, *T((1,))))
