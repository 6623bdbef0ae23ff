# Instances of subclasses of hashable builtins hash like their base and compare equal to it,
# so they find, and are found by, plain values in dicts and sets.


class T(tuple):
    pass


class S(str):
    pass


class I(int):
    pass


class F(float):
    pass


class FS(frozenset):
    pass


class B(bytes):
    pass


pairs = [
    (T((1, 2, "a")), (1, 2, "a")),
    (S("hello"), "hello"),
    (I(12345), 12345),
    (I(2 ** 70), 2 ** 70),
    (F(2.5), 2.5),
    (F(3.0), 3),
    (FS({1, 2, 3}), frozenset({1, 2, 3})),
    (B(b"xyz"), b"xyz"),
]
for sub, plain in pairs:
    print(type(sub).__name__, hash(sub) == hash(plain), sub == plain)

d = {I(5): "int-sub", S("k"): "str-sub", T((1,)): "tuple-sub"}
print(d[5], d["k"], d[(1,)])
d2 = {5: "five", "k": "kay", (1,): "one", 2.5: "float"}
print(d2[I(5)], d2[S("k")], d2[T((1,))], d2[F(2.5)])
print(I(5) in {5}, 5 in {I(5)}, S("a") in {"a": 1}, "a" in {S("a")})

s = {I(1), 1, S("x"), "x", T(()), ()}
print(len(s))

# the key object stored is the first one inserted
d3 = {}
d3[I(7)] = 1
d3[7] = 2
print(d3, type(next(iter(d3))).__name__)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(1, 2)
print(hash(p) == hash((1, 2)), {p: "pt"}[(1, 2)], p.x)


class Lower(str):
    def __hash__(self):
        return hash(self.lower())

    def __eq__(self, other):
        return self.lower() == other.lower()


print(hash(Lower("ABC")) == hash("abc"), Lower("ABC") == "abc")
print({Lower("Key"): 1}.get(Lower("KEY")))


class NoHash(int):
    __hash__ = None


try:
    hash(NoHash(3))
except TypeError as e:
    print("TypeError:", e)

try:
    {NoHash(3): 1}
except TypeError as e:
    print("TypeError:", e)


class EqOnly(tuple):
    def __eq__(self, other):
        return True


try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)

print(hash(True) == hash(1), hash(I(-1)) == hash(-1), hash(F(float("inf"))) == hash(float("inf")))
