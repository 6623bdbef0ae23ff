x = [1, 2, 3]
x += [4]
x *= 2
print(x)
t = (1,)
t += (2,)
print(t)
s = "ab"
s *= 3
print(s)
a = b = c = 7
print(a, b, c)
n = 5
n <<= 2; n >>= 1; n |= 1; n &= 0xF; n ^= 3
print(n)
print(divmod(-7, 2), pow(2, 10), pow(2, 10, 1000), abs(-7), -(-7))
print(7 // -2, 7 % -2, -7 // -2, 2 ** -2)
print(len("héllo"), "é".encode(), chr(65), ord("A"), hex(255), oct(8), bin(5))
print(isinstance(1, int), isinstance(True, int), type(1.0) is float, callable(len))
print(list(range(10, 0, -3)), range(5)[2], len(range(0, 100, 7)))
print(sorted("hello"), reversed, min("abc"), max([3, 1, 2]))
