a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
i = j = k = 'same'
print(i + j + k)
p, q = r = 1, 2
print(p, q, r)
lst = [0, 0, 0]
idx = lst[0] = 2
print(idx, lst)
