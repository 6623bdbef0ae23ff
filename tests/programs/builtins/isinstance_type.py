vals = [1, 1.0, 'a', b'a', [1], (1,), {1: 1}, {1}, None, True, len, 1j, range(1)]
for v in vals:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), type(v) is type(v))
print(isinstance(True, int), issubclass(bool, int), type(True) == int, isinstance(1, (str, float)))
print(type(int), type(type), isinstance(int, type), type(None))
print(int.__name__, str.__name__, type(1) == int)
