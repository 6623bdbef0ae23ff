# A method call on an instance whose own dict may hold the method's name: however the key got
# there (attribute assignment, setattr, __dict__ writes and update, vars(), a str subclass as
# key, a replaced __dict__), the instance's value wins over the class's method, and stops
# winning once deleted. Called often enough for the calls to be translated and cached.


class Tag(str):
    pass


class Node:
    def __init__(self, i):
        self.i = i

    def get(self):
        return ("method", self.i)

    def other(self):
        return ("other", self.i)


class Wide:
    # More attributes than a small dict is scanned for: the dict indexes its keys.
    def __init__(self, i):
        for k in range(20):
            setattr(self, "a%d" % k, k)
        self.i = i

    def get(self):
        return ("wide", self.i)


def call_all(objs):
    out = []
    for o in objs:
        out.append(o.get())
    return out


def run(rep):
    objs = [Node(i) for i in range(6)] + [Wide(i) for i in range(2)]
    kind = rep % 9
    if kind == 1:
        objs[0].get = lambda: ("attr", 0)
    elif kind == 2:
        setattr(objs[1], "get", lambda: ("setattr", 1))
    elif kind == 3:
        objs[2].__dict__["get"] = lambda: ("dict", 2)
    elif kind == 4:
        vars(objs[3]).update(get=lambda: ("update", 3))
    elif kind == 5:
        objs[4].__dict__[Tag("get")] = lambda: ("strsub", 4)
    elif kind == 6:
        objs[5].__dict__ = {"i": 55, "get": lambda: ("newdict", 5)}
    elif kind == 7:
        objs[6].get = lambda: ("wide attr", 6)
    elif kind == 8:
        objs[0].get = lambda: ("gone", 0)
        del objs[0].get
    first = call_all(objs)
    # Shadowing added after the calls above were cached.
    objs[1].get = lambda: ("late", 1)
    second = call_all(objs)
    del objs[1].get
    third = call_all(objs)
    return first, second, third


for rep in range(30):
    a, b, c = run(rep)
    if rep >= 18:
        print(rep, a)
        print(rep, b)
        print(rep, c)
    else:
        print(rep, sum(1 for x in a + b + c if x[0] == "method"))

# A method added to the class after instances got the same name as an attribute.
class Late:
    def __init__(self):
        self.helper = lambda: "instance helper"


objs = [Late() for _ in range(3)]
Late.helper = lambda self: "class helper"
for _ in range(20):
    r = [o.helper() for o in objs]
print(r)
del objs[0].helper
print([o.helper() for o in objs])
