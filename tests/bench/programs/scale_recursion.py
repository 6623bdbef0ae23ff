# scale: 1000
# Recursion N frames deep (the limit raised above N), repeated 10 times.
import sys
n = int(sys.argv[1])
sys.setrecursionlimit(n + 100)


def depth(k):
    return 0 if k == 0 else depth(k - 1) + 1


total = 0
for _ in range(10):
    total += depth(n)
print(n, total)
