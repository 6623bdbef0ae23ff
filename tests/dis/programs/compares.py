a = x == y
b = x != y
c = x is y
d = x is not y
e = x in y
f = x not in y
g = not x in y
h = not x is y
i = x in [1, 2, 3]
j = x in {1, 2, 3}
k = 1 < x <= 10
for q in [1, 2, 3]: pass
for q in {4, 5}: pass
