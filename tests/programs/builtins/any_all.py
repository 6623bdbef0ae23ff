print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any('abc'), all(['a', '']))
print(any(x > 3 for x in [1, 2, 5]), all(isinstance(x, int) for x in [1, 2, True]))
def noisy(x):
    print('check', x)
    return x
print(any(noisy(x) for x in [0, 1, 2]))
print(all(noisy(x) for x in [1, 0, 2]))
