# int <-> str round trips in every base, leading zeros, signs, and whitespace.
for n in [0, 1, -1, 35, -36, 1295, 2 ** 40, -(3 ** 40)]:
    row = []
    for base in (2, 3, 7, 8, 10, 16, 36):
        digits = ''
        m = abs(n)
        while m:
            m, d = divmod(m, base)
            digits = '0123456789abcdefghijklmnopqrstuvwxyz'[d] + digits
        text = ('-' if n < 0 else '') + (digits or '0')
        assert int(text, base) == n
        row.append(text)
    print(n, row)
print(int('0000123'), int('-0'), int('+0'), int('\t\n 42 \x0c'), int('1_000', 0), int('0_0', 0), int('0x_ff', 16))
for s in ['0123', '0_', '1__2', '0b2', '0o8', '12 34']:
    try:
        print(int(s, 0))
    except ValueError as e:
        print(type(e).__name__, e)
