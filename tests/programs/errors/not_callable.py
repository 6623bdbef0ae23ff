x = 42
print('x =', x)
x()
