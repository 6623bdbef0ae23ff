import sys
sys.setrecursionlimit(300)
def f(n):
    try:
        return f(n + 1)
    except RecursionError:
        return n
print(f(0) > 200)
def g(n):
    if n == 0:
        raise ValueError('bottom')
    try:
        g(n - 1)
    finally:
        pass
try:
    g(100)
except ValueError as e:
    print('unwound', e)
