import sys
sys.setrecursionlimit(5000)
def r(n):
    if n == 0:
        raise ValueError("bottom reached")
    return r(n - 1)

r(3000)
