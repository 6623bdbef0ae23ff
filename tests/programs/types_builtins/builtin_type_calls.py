# Calling the builtin types as constructors with every argument shape, and their errors.
print(int(), float(), complex(), str(), bytes(), bytearray(), list(), tuple(), dict(), set(), frozenset(), bool(), range(3), slice(2), object() is not None)
print(tuple({'a': 1}), list('ab'), dict(a=1), set([1, 1]), frozenset('aa'), bool([0]), str(12.0), float(' 1_0.5 '), int(' -0b11 ', 0), complex('1e3j'))
for f in [lambda: int('1', 10, 3), lambda: float(1, 2), lambda: list(1), lambda: tuple(1, 2), lambda: dict(1, 2), lambda: set(1, 2), lambda: str(1, 2, 3, 4),
          lambda: bool(1, 2), lambda: bytes(-1), lambda: range(1, 2, 3, 4), lambda: frozenset(1), lambda: object(1)]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(int('5')) is int, int.__call__ is not None, [t.__name__ for t in (int, float, str, bytes, list, dict, set, tuple, bool, complex)])
