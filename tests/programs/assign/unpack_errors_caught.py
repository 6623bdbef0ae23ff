def attempt(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def a():
    x, y = 1, 2, 3
def b():
    x, y, z = 1, 2
def c():
    x, y = 1
def d():
    x, *y, z = [1]
def e():
    a, b, [] = 1, 2, [3]
for f in (a, b, c, d, e):
    attempt(f)
