def t(x):
    print("eval", x)
    return x
print(t(0) or t(2), t(1) and t(0), not t(0))
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1 != 2)
x = None
print(x is None, x is not None, [] or "empty", "" and "x")
print(True if [] else False, 1 if 0 else 2)
a = [1]
b = a
print(a is b, a == [1], a is [1])
print(bool(0), bool(""), bool([0]), bool({}), bool(0.0), bool(None))
y = 5
print(0 < y < 10 and y % 2 == 1)
