for n in [0, 1, -1, 255, -255, 4096, 2**40]:
    print(n, hex(n), oct(n), bin(n))
print(int('ff', 16), int('0xff', 16), int('777', 8), int('0b101', 0), int('z', 36), int('-101', 2))
print(int('0o17', 0), int('0x1F', 0), int('10', 0), int('1_000', 0))
print(format(255, 'x'), format(255, '08b'), format(-255, '#x'))
