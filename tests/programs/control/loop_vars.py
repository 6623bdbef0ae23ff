for i in range(3):
    pass
print(i)
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
for c in 'hi':
    for c2 in 'ab':
        pass
print(c, c2)
for x in range(10, 0, -3):
    print(x, end=' ')
print()
for x in range(5, 5):
    print('never')
print(list(range(0)), list(range(-3)), list(range(2, 12, 4)), list(range(10, -10, -7)))
