# Construction errors: __init__ returning a value, arguments reaching object.__new__ or
# object.__init__, and __new__ returning other types.

def check(label, thunk):
    try:
        r = thunk()
        print(label, "->", type(r).__name__)
    except TypeError as e:
        print(label, "TypeError:", e)


class ReturnsValue:
    def __init__(self):
        return 5


class ReturnsNone:
    def __init__(self):
        return None


check("init returns 5", ReturnsValue)
check("init returns None", ReturnsNone)


class Empty:
    pass


check("Empty(1)", lambda: Empty(1))
check("Empty(a=1)", lambda: Empty(a=1))
check("object(1)", lambda: object(1))
check("object(x=1)", lambda: object(x=1))


class OnlyInit:
    def __init__(self, a):
        self.a = a


check("OnlyInit(1)", lambda: OnlyInit(1))
check("OnlyInit()", lambda: OnlyInit())
check("OnlyInit(1, 2)", lambda: OnlyInit(1, 2))
check("OnlyInit(b=1)", lambda: OnlyInit(b=1))


class OnlyNew:
    def __new__(cls, a):
        return super().__new__(cls)


check("OnlyNew(1)", lambda: OnlyNew(1))
check("OnlyNew()", lambda: OnlyNew())


class NewPassesArgs:
    def __new__(cls, *args):
        return super().__new__(cls, *args)


check("NewPassesArgs(1)", lambda: NewPassesArgs(1))


class InitPassesArgs:
    def __init__(self, *args):
        super().__init__(*args)


check("InitPassesArgs(1)", lambda: InitPassesArgs(1))
check("InitPassesArgs()", lambda: InitPassesArgs())


class NewReturnsOther:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never runs")


check("NewReturnsOther", NewReturnsOther)


class Sub(NewReturnsOther):
    pass


class NewReturnsSubclass:
    def __new__(cls):
        return super().__new__(Child)

    def __init__(self):
        print("init on", type(self).__name__)


class Child(NewReturnsSubclass):
    pass


check("NewReturnsSubclass", NewReturnsSubclass)
check("object.__new__(int)", lambda: object.__new__(int))
check("object.__new__(5)", lambda: object.__new__(5))
check("object.__new__()", lambda: object.__new__())
check("int.__new__(str)", lambda: int.__new__(str))
check("Empty.__init__ extra", lambda: Empty().__init__(1))


class Slotted:
    __slots__ = ()

    def __init__(self, x):
        pass


check("Slotted(1)", lambda: Slotted(1))
check("type()", lambda: type())
check("type(1, 2)", lambda: type(1, 2))
check("type('X', 1, {})", lambda: type("X", 1, {}))
check("type('X', (), 1)", lambda: type("X", (), 1))
check("type('X', (5,), {})", lambda: type("X", (5,), {}))


class Final(bool.__class__):
    pass


check("subclass bool", lambda: type("B", (bool,), {}))
