print("hello", 1 + 2, 10 // 3, -7 % 3, 2 ** 100)
x = [i * i for i in range(5)]
print(x, len(x))
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
