# __dir__ and __format__ on user classes.
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(Custom()))


class BadDir:
    def __dir__(self):
        return 5


try:
    dir(BadDir())
except TypeError as e:
    print("TypeError:", e)


class TupleDir:
    def __dir__(self):
        return ("b", "a")


print(dir(TupleDir()))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "c":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)


m = Money(12345)
print(f"{m}", f"{m:c}", f"{m:>10.1f}", format(m), format(m, "c"), "{:c}".format(m))


class NoFormat:
    def __repr__(self):
        return "NoFormat()"

    def __str__(self):
        return "nf-str"


print(format(NoFormat()), f"{NoFormat()}", f"{NoFormat()!r}", f"{NoFormat():}")
try:
    format(NoFormat(), "x")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{object():>5}"
except TypeError as e:
    print("TypeError:", e)


class BadFormat:
    def __format__(self, spec):
        return 42


try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print("TypeError:", e)


class IntLike(int):
    pass


print(format(IntLike(255), "x"), f"{IntLike(7):03d}")
