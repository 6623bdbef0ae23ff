for a in [0, 5, -5, 255, 2 ** 40 + 3]:
    print(a & 3, a | 8, a ^ 6, ~a, a << 3, a >> 1, -a >> 2)
print(1 << 100, (1 << 100) >> 99, -1 >> 100, 12 & -8, -12 | 3, -12 ^ -3)
print(True & False, True | False, True ^ True, 6 & True)
