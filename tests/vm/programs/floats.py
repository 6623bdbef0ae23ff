print(0.1 + 0.2, 1 / 3, 2.0 ** 0.5, 1e100, 1e-7, -0.0, 3.0)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, round(2.675, 2), round(0.5), round(1.5))
print(float("inf"), float("-inf"), float("nan") != float("nan"))
print(int(3.9), int(-3.9), float(10), 10 / 4, 10 // 4)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(e)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
print(sum([0.1] * 10), abs(-2.5), min(1.5, 2), max(3, 2.5))
