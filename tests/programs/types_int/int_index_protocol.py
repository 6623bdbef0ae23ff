# __index__ lets objects act as ints in slices, indexing, range, hex and repetition.
class N:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
data = list(range(10))
print(data[N(3)], data[N(1):N(5)], data[::N(3)], list(range(N(4))), 'xy' * N(3), hex(N(255)))
print(bin(N(-5)), (1).__lshift__(N(3)) if False else 1 << N(3).v, int(N(7)) if hasattr(int, '__index__') else 0)
class Bad:
    def __index__(self):
        return 'no'
try:
    data[Bad()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    data['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    data[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
class I:
    def __int__(self):
        return 9
print(int(I()))
