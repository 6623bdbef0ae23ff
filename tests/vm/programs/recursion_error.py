import sys
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("caught:", e)
print(sys.getrecursionlimit())
depth = 0
def g():
    global depth
    depth += 1
    g()
try:
    g()
except RecursionError:
    print("depth reached", depth)
sys.setrecursionlimit(50)
depth = 0
try:
    g()
except RecursionError:
    print("depth reached", depth)
print(sys.getrecursionlimit())
