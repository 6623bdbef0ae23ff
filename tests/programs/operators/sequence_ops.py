# + and * on lists and tuples: identity of tuple results, in-place forms, subclasses overriding
# the operators, __index__ counts, reflected methods of the other operand, and the errors.
a = [1, 2]; b = [3]
t = (1, 2); e = ()
print(a + b, b + a, a + [], [] + [], t + (3,), t + e is t, e + t is t, e + e is e, (t + e) == t)
print([0] * 3, 3 * [0], [1, 2] * 0, [1] * -2, (1,) * 3, 2 * (1, 2), t * 1 is t, 1 * t is t, e * 5 is e, [None] * 2)
x = a
x += b
print(x is a, a)
y = t
y += (9,)
print(y is t, y, t)
z = [1]
z *= 3
print(z)
w = (1,)
w *= 2
print(w)
class L(list):
    def __add__(self, o):
        return 'L.add'
    def __mul__(self, n):
        return 'L.mul'
    def __rmul__(self, n):
        return 'L.rmul'
print(L() + [1], [1] + L([2]), L() * 2, 2 * L(), [1] * True, True * [2])
for bad in (lambda: [1] + (1,), lambda: (1,) + [1], lambda: [1] * 1.5, lambda: [1] * (2 ** 70), lambda: (1,) * 'a', lambda: [1] * (2 ** 62)):
    try:
        print(bad())
    except Exception as ex:
        print(type(ex).__name__, ex)

class O:
    def __rmul__(self, other): return 'rmul'
    def __radd__(self, other): return 'radd'
class P:
    def __index__(self): return 2
print([1] * O(), (1,) * O(), 'a' * O(), [1] + O(), (1,) + O(), [1] * P(), (1,) * P(), 'ab' * P(), P() * [3])
for bad in (lambda: [1] * 'a', lambda: (1,) * 'a', lambda: 'a' * 'b', lambda: [1] * 1.5, lambda: 1.5 * (1,), lambda: [1] * None):
    try:
        bad()
    except TypeError as e:
        print(e)
