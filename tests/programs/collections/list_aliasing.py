a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
a.append(4)
print(a, b, c, d)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 1
print(grid)
bad = [[0] * 2] * 2
bad[0][0] = 1
print(bad)
def modify(lst):
    lst.append('m')
    lst = ['new']
    return lst
x = [0]
print(modify(x), x)
