# Builtin types called as conversions (str(x), int(s, base), float(x)) take a direct path for the
# exact types; subclasses, __init__ and the C argument parsers' messages stay CPython's.
class S(str):
    pass
class I(int):
    def __init__(self, *a):
        print("I.__init__", a)
class P:
    def __str__(self): return "P!"
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
print(str(), str(5), str(P()), str(b"ab", "ascii"), str(b"\xff", errors="replace"), repr(S("x")), type(S("x")).__name__)
print(int(), int("12"), int(" -7 "), int("ff", 16), int(3.9), int(True), int(P()), int("1_000"), I(5), int(x="5") if False else 0)
print(float(), float("1.5"), float(2), float(P()), float("inf"), float(" -0.0 "))
for bad in ["int('x')", "int('1', 99)", "int(None)", "str(1, 2, 3, 4)", "float('z')", "float(1, 2)", "int(x=5)", "str(object=3, encoding='u')", "float(x=1)"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["sorted([], x=1)", "'a'.split(y=1)", "round(1, x=2)", "int.from_bytes(b'', z=1)", "'a'.encode(q=1)",
          "max([1], d=1)", "enumerate([], x=1)", "print(1, z=1)", "open('x', zz=1)", "sum([], x=1)",
          "divmod(1, 2, x=3)", "zip([], z=1)", "range(1, x=2)", "list(x=1)", "pow(2, 3, z=4)",
          "isinstance(1, int, x=2)", "[].sort(x=1)", "min([1], k=1)", "bytes(q=1)", "int(y=5)", "str(obj=1)"]:
    try:
        eval(s)
        print(s, "ok")
    except Exception as e:
        print(s, "->", type(e).__name__, e)
