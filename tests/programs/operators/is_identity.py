a = None
print(a is None, a is not None)
x = []
y = x
z = []
print(x is y, x is z, y is not x)
print(True is True, (1 == 1) is True, type(1) is int, type('') is str)
t = ()
u = tuple()
print(t is u, len(t))
