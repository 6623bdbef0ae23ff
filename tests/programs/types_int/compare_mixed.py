# Comparisons between ints, floats, bools and big ints are exact.
big = 2 ** 53 + 1
print(big == float(big), big > float(big), big - 1 == float(big - 1))
print(10 ** 400 > 1e308, 10 ** 400 < float('inf'), -10 ** 400 > float('-inf'))
print(1 == 1.0, 1 == True, 0 == False, 2 == True, 1 < 1.5 < 2, 3 > 2.999999)
nan = float('nan')
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, big == nan)
print(sorted([3, 1.5, True, -2, 2 ** 60, -0.5, False]))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
for a, b in [(1, 'a'), (1, None), ([], 1)]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
print(1 == 'a', 1 != None, (1, 2) < (1, 3), (1, 2) == (1.0, 2.0))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 61 - 1), hash(2 ** 61), hash(-1), hash(-2), hash(10 ** 30), hash(-(10 ** 30)))
print(hash(1.5), hash(-0.5), hash(2.0 ** 70) == hash(2 ** 70), hash(0.1))
