a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 == True, c > b > a > 0)
print(False is False is False, 1 < 2 < 3 < 4 < 5, 1 < 3 < 2)
print(1 == 1.0, 'a' < 'b', 'abc' < 'abd', 'B' < 'a', [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print([1, 2] == [1, 2], (1,) != (1,), {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(1 != 2, 2 >= 2, 3 <= 2, None == None, None != 0)
print(float('nan') == float('nan'), float('nan') != float('nan'), 1 < float('inf'))
def f(x):
    print('eval', x)
    return x
print(f(1) < f(2) < f(0) < f(5))
print(f(3) > f(2) > f(1))
print(10 ** 20 > 10 ** 19, -10 ** 20 < 5, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {3} > {1})
