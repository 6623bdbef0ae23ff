# A table of floor division and modulo for all sign combinations, checked against the identity.
for a in range(-7, 8):
    row = []
    for b in [-4, -3, -2, -1, 1, 2, 3, 4]:
        q, r = divmod(a, b)
        assert q * b + r == a and (r == 0 or (r > 0) == (b > 0))
        row.append(f'{q:>3}{r:>3}')
    print(f'{a:>3}:', ' '.join(row))
big = [10 ** 20 + 3, -(10 ** 20) - 3]
for a in big:
    for b in [7, -7, 10 ** 10 + 1, -(10 ** 10) - 1]:
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a, a // b == q, a % b == r)
