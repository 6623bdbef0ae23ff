class A:
    def f(self, x=1):
        return ('f', x)

    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


a, b = A(), A()
m1, m2 = a.f, a.f
print(m1 == m2, m1 is m2, a.f == b.f, m1 != m2)
print(m1(), m1(5), A.f(a, 2))
print(m1.__name__, m1.__qualname__, m1.__self__ is a, m1.__func__ is A.f)
print(type(m1).__name__, type(A.f).__name__)
print(hash(m1) == hash(m2))
d = {m1: 'first'}
print(d[m2])
try:
    A.f()
except TypeError as e:
    print(type(e).__name__, e)
try:
    m1(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    m1(y=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    m1.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
A.f.tag = 'tagged'
print(m1.tag)
meths = [x.f for x in (a, b)]
print([mm(9) for mm in meths])
s = 'abc'
up = s.upper
print(up(), up.__self__, up.__name__)
l = [3, 1, 2]
app = l.append
app(0)
print(l, app.__self__ is l)
print([].append == [].append, l.append == l.append)
