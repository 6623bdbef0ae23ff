# int to text: str/repr/hex/oct/bin/format for many values.
for n in [0, 7, -7, 255, -255, 2 ** 31, -(2 ** 31), 2 ** 64, 10 ** 25, -10 ** 25]:
    print(str(n), repr(n), hex(n), oct(n), bin(n), format(n, ','), format(n, '_x'), format(n, '#o'))
print(str(-0), 0x_ff, 0o_17, 0b_1010, 1_2_3, 00, 0xDEADBEEF)
for bad in [1.5, '1', None]:
    for f in (hex, oct, bin):
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), bin(Idx()), oct(Idx()), [0, 1, 2, 3] * 1, 'ab' * True)
print(int('1' * 50) % 97, len(str(7 ** 500)), str(2 ** 300)[-10:])
