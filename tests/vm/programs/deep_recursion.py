import sys
sys.setrecursionlimit(200000)
def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)
print(down(100000))
def sum_to(n, acc=0):
    if n == 0:
        return acc
    return sum_to(n - 1, acc + n)
print(sum_to(100000))
