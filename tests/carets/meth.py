class A:
    def m(self): return 1 / 0
a = A()
y = a.m() + 1
