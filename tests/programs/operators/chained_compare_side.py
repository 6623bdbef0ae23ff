calls = []
def v(x):
    calls.append(x)
    return x
r = v(1) < v(2) == v(2) <= v(3) != v(4) > v(0)
print(r, calls)
calls.clear()
r = v(5) < v(3) < v(10)
print(r, calls)
x = 5
print(0 < x < 10, 0 < x < 3, x == 5 != 6, 1 < x in [5, 6], x not in [] is not None)
