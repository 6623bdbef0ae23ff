import sys
sys.setrecursionlimit(25000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(20000))
def sum_list(l, i=0):
    if i == len(l):
        return 0
    return l[i] + sum_list(l, i + 1)
print(sum_list(list(range(15000))))
