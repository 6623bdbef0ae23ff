# __index__ lets an object act as an int in slices, range, hex/oct/bin, sequence repetition
# and indexing.

class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


data = list(range(10))
print(data[Idx(2)], data[Idx(1):Idx(7):Idx(2)], "abcdef"[Idx(-2):])
print(list(range(Idx(3))), list(range(Idx(1), Idx(10), Idx(3))), range(Idx(5))[Idx(2)])
print(hex(Idx(255)), oct(Idx(8)), bin(Idx(5)), "ab" * Idx(3), Idx(2) * [0])
print((1, 2, 3)[Idx(1)], bytes(Idx(3)), int.__index__(5), format(Idx(1), "") if False else "")
import operator
print(operator.index(Idx(9)), round(2.5, Idx(0)), [1, 2, 3].pop(Idx(0)))
s = slice(Idx(1), Idx(3))
print(data[s], s.indices(Idx(5)) if hasattr(s, "indices") else None)


class NotIdx:
    pass


class BadIdx:
    def __index__(self):
        return "three"


class FloatIdx:
    def __index__(self):
        return 3.0


def check(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, "TypeError:", e)


check("list[obj]", lambda: data[NotIdx()])
check("list[bad]", lambda: data[BadIdx()])
check("slice bad", lambda: data[NotIdx():])
check("range bad", lambda: range(NotIdx()))
check("range float", lambda: range(1.5))
check("hex bad", lambda: hex(NotIdx()))
check("hex float", lambda: hex(1.0))
check("bin bad __index__", lambda: bin(BadIdx()))
check("repeat", lambda: "x" * NotIdx())
check("float __index__", lambda: [1][FloatIdx()])
one = (1,)
check("tuple idx", lambda: one[1.0])
abc = "abc"
check("str idx", lambda: abc["a"])


class Big:
    def __index__(self):
        return 2 ** 80


for seq in (data, (1, 2), "str", b"bytes"):
    for key in (Big(), 2 ** 80, -2 ** 80):
        try:
            seq[key]
        except IndexError as e:
            print(type(seq).__name__, "IndexError:", e)
