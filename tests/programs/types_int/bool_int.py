# bool is an int subclass: arithmetic, repr, and bool() of various values.
print(True + True, True * 10, False - 1, True / 2, True // 2, -True, ~False, True ** 2)
print(repr(True), str(False), int(True), float(False), bool(0), bool(-1), bool(0.0), bool(''), bool('0'), bool([]), bool([0]), bool(None))
print(type(True + 1).__name__, type(True & True).__name__, type(True | 0).__name__, type(-True).__name__)
print(True == 1, True is True, isinstance(False, int), bool.__name__, bool.__mro__)
print(sum([True, True, False, True]), [1, 2, 3][True], {True: 'a', 1: 'b'})
print(True.real, True.numerator, True.bit_length(), True.__and__(False), format(True, 'd'), format(True, ''), f'{True:>6}')
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool.__bases__, bool(2 ** 100), bool(float('nan')), bool(b''), bool(range(0)))
