def f(a, b, c, d, e, f, g, h, i, j, k=11, l=12, *args, m=13, **kw):
    return a + b + c + d + e + f + g + h + i + j + k + l + m + sum(args) + sum(kw.values())
print(f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(f(*range(20), m=0, x=100))
def big_locals():
    v0 = 0; v1 = 1; v2 = 2; v3 = 3; v4 = 4; v5 = 5; v6 = 6; v7 = 7; v8 = 8; v9 = 9
    w0 = v0 + v9; w1 = v1 + v8; w2 = v2 + v7; w3 = v3 + v6; w4 = v4 + v5
    return [w0, w1, w2, w3, w4]
print(big_locals())
