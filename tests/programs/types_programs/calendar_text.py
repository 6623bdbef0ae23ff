# A month calendar printed by hand: day-of-week via Zeller's congruence, leap years, alignment.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7
def month(y, m):
    names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
    print(f'{names[m - 1]} {y}'.center(20))
    print('Mo Tu We Th Fr Sa Su')
    line = '   ' * weekday(y, m, 1)
    for d in range(1, days_in(y, m) + 1):
        line += f'{d:2d} '
        if len(line) == 21:
            print(line.rstrip())
            line = ''
    if line:
        print(line.rstrip())
month(2024, 2)
month(2023, 10)
print([y for y in range(1896, 1920) if is_leap(y)], weekday(2000, 1, 1), weekday(1970, 1, 1), sum(days_in(2024, m) for m in range(1, 13)))
