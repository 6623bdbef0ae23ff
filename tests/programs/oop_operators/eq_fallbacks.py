class A:
    def __eq__(self, o):
        print('A.__eq__')
        return NotImplemented


class B:
    def __eq__(self, o):
        print('B.__eq__')
        return NotImplemented


a, b = A(), B()
print(a == b)
print(a != b)
print(a == a)


class C(A):
    def __eq__(self, o):
        print('C.__eq__ (subclass, tried first)')
        return True


print(A() == C())


class OnlyNe:
    def __ne__(self, o):
        return 'ne result'


print(OnlyNe() != 1, OnlyNe() == 1)


class EqNoNe:
    def __eq__(self, o):
        return o == 42


print(EqNoNe() != 42, EqNoNe() != 41, EqNoNe() == 42)


class RaisesEq:
    def __eq__(self, o):
        raise RuntimeError('eq exploded')


try:
    RaisesEq() == 1
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    [RaisesEq()].index(1)
except RuntimeError as e:
    print(type(e).__name__, e)
x = RaisesEq()
print([x].count(x), x in [x])
print(None == A(), 1 == A())
