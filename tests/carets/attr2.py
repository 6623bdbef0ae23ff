class A: pass
a = A()
x = a.b.c
