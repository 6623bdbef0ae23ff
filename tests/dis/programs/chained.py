if a < b < c:
    pass
x = a == b == c == d
y = 1 < 2 < 3
if a < b and c > d or e:
    z = 1
