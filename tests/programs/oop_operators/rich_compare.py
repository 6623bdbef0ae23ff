class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        if isinstance(o, V):
            return self.v < o.v
        return NotImplemented

    def __eq__(self, o):
        if isinstance(o, V):
            return self.v == o.v
        return NotImplemented

    def __hash__(self):
        return hash(self.v)

    def __repr__(self):
        return 'V(%d)' % self.v


a, b = V(1), V(2)
print(a < b, b > a, a > b)
print(sorted([V(3), V(1), V(2)]))
print(max(V(5), V(9), V(2)), min([V(4), V(0)]))
try:
    a <= b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 > a
except TypeError as e:
    print(type(e).__name__, e)
print(a == V(1), a != V(1), a == 1, a != 1)


class Total:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __lt__(self, o):
        return self.v < o.v

    def __le__(self, o):
        return self.v <= o.v

    def __gt__(self, o):
        return self.v > o.v

    def __ge__(self, o):
        return self.v >= o.v


x, y = Total(1), Total(1)
print(x <= y, x >= y, x < y, x > y, x == y, x != y)


class Weird:
    def __eq__(self, o):
        return 'yes'

    def __ne__(self, o):
        return 0

    def __lt__(self, o):
        return [1]


w = Weird()
print(w == 1, w != 1, w < 1, 1 == w, 1 > w)
if w < 2:
    print('truthy list result')
print(1 < 2 < 3, V(1) < V(2) < V(3))


class Sub(V):
    def __gt__(self, o):
        print('Sub.__gt__ reflected first')
        return True


print(V(1) < Sub(0))
print([V(1), V(2)] < [V(1), V(3)])
print((V(1), 2) == (V(1), 2))
