# int() of strs: signs, leading zeros, spaces, underscores, other scripts' digits, lengths at and
# past the exact-double limit, bases; the errors' messages.
cases = ["123", "-0", "+5", "007", "-", "+", "", " 12 ", "1_000", "١٢٣", "12a", "999999999999999", "-999999999999999", "9999999999999999", "123456789012345678901234567890", "0x10", "-12", "+0", "00", "1e3", "٣"]
for s in cases:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
print(int("10", 16), int("0x1f", 0), int("-0b101", 0))
