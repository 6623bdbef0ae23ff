import sys
sys.setrecursionlimit(12000)
def ping(n):
    return 'done' if n == 0 else pong(n - 1)
def pong(n):
    return 'done' if n == 0 else ping(n - 1)
print(ping(10000))
