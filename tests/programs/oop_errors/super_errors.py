class A:
    def f(self):
        return 'A'


class B(A):
    def f(self):
        return super().f()

    def g(self):
        return super().g()


print(B().f())
try:
    B().g()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(A, A()).f()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(int, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(5, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)


class C:
    def m():
        return super().x


try:
    C.m()
except RuntimeError as e:
    print(type(e).__name__, e)
