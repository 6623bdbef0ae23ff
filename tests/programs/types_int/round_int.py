# round() on ints with negative ndigits uses round-half-even on the decimal position.
for n in [0, 5, 15, 25, 149, 150, 250, 251, -150, -250, 12345, -12345, 10 ** 20 + 5 * 10 ** 3]:
    print(n, round(n), round(n, 0), round(n, 1), round(n, -1), round(n, -2), round(n, -3), round(n, -30))
print(type(round(5, 2)).__name__, type(round(5.0)).__name__, type(round(5.5, 0)).__name__)
try:
    round(5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
