# __bool__ and __len__ results are checked: type, sign and size.

class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


def check(label, thunk):
    try:
        print(label, thunk())
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__ + ":", e)


check("bool True", lambda: bool(B(True)))
check("bool 1", lambda: bool(B(1)))
check("bool None", lambda: bool(B(None)))
check("if str", lambda: "yes" if B("x") else "no")
check("not", lambda: not B(0))
check("len 3", lambda: len(L(3)))
check("bool len 0", lambda: bool(L(0)))
check("len -1", lambda: len(L(-1)))
check("bool len -1", lambda: bool(L(-1)))
check("len huge", lambda: len(L(2 ** 70)))
check("len float", lambda: len(L(2.0)))
check("len str", lambda: len(L("3")))
check("len bool", lambda: len(L(True)))


class IndexLen:
    def __index__(self):
        return 4


check("len __index__", lambda: len(L(IndexLen())))


class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 10


print(bool(Both()), len(Both()))


class NoBool:
    pass


print(bool(NoBool()))


class BoolSub(int):
    def __bool__(self):
        return True


print(bool(BoolSub(0)))

check("len of object", lambda: len(NoBool()))
check("len of int", lambda: len(5))


class BoolReturnsInt:
    def __bool__(self):
        return 0


check("while", lambda: [x for x in range(1) if BoolReturnsInt()])
check("and", lambda: BoolReturnsInt() and 1)
