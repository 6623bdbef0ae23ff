# round() with ndigits on floats whose decimal expansion sits near a half, compared with format().
vals = [0.005, 0.015, 0.025, 0.035, 0.045, 1.005, 1.015, 2.675, 2.665, 1.45, 1.55, 2.5e-5, 123.4565, 0.3333333333]
for v in vals:
    print(v, round(v, 2), format(v, '.2f'), round(v, 3), format(v, '.3f'), round(v, 1), round(-v, 2))
print(round(5e-324, 323), round(5e-324, 324), round(1.7976931348623157e308, -308), round(0.5e-10, 10), round(123456789.123456789, -3))
