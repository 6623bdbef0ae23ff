def key(x):
    return 1 / (x - 2)

print(sorted([3, 4], key=key))
sorted([1, 2, 3], key=key)
