# callable, isinstance/issubclass with tuples, type(), id stability, len, repr/ascii/format.
class A:
    def __call__(self):
        return 1
class B:
    pass
print(callable(len), callable(A), callable(A()), callable(B()), callable(5), callable(lambda: 0), callable(print), callable(str.upper))
print(isinstance(1, (str, int)), isinstance(True, (float,)), issubclass(bool, (str, int)), isinstance([], (list, tuple)), type(1) is int, type(type) is type)
x = object()
print(id(x) == id(x), len('abc'), len([1]), len({1: 2}), len(range(3)), len(b'ab'), repr('a'), ascii('ä'), format(3.0, '.1f'))
for f in [lambda: len(5), lambda: isinstance(1, 5), lambda: issubclass(1, int), lambda: len(), lambda: callable()]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
class L:
    def __len__(self):
        return -1
class L2:
    def __len__(self):
        return 'x'
for o in [L(), L2()]:
    try:
        len(o)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type('X', (), {'a': 1})().a, type(5).__name__, type(None).__name__, type(print).__name__, type(len).__name__)
