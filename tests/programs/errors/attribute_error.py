x = 5
print(x.real)
print(x.append(3))
