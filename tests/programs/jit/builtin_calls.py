# Builtin functions and builtin types' methods called from hot translated code: the call
# paths chosen when the function was translated (what the global held, what the method
# site had seen) must give way to whatever the names hold later.


class Box:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x * 10)


class MyList(list):
    pass


def measure(xs, kind):
    total = 0
    for x in xs:
        total += len(x)
        if isinstance(x, kind):
            total += 100
        total += abs(-len(x)) + max(len(x), 1)
    return total


def fill(target, n):
    for i in range(n):
        target.append(i)
    return target


def words(text):
    out = []
    for w in text.split(" "):
        w = w.strip(".,").lower()
        if w:
            out.append(w.capitalize())
    return "-".join(out)


def counts(ws):
    d = {}
    for w in ws:
        d[w] = d.get(w, 0) + 1
    return sorted(d.items())


data = [[1, 2], "abc", (1,), [3], "", [4, 5, 6]]
for _ in range(30):
    r = measure(data, list)
print("measure", r)

for _ in range(30):
    lst = fill([], 5)
print("list", lst)
print("box", fill(Box(), 4).items)
print("mylist", fill(MyList(), 3), type(fill(MyList(), 1)).__name__)

shadowed = MyList()
shadowed.append = lambda x: print("instance attribute", x)
fill(shadowed, 2)
print("shadowed", list(shadowed))

for _ in range(30):
    s = words("The cat, the Hat. and THE bat")
print(s)
print(counts(s.split("-") * 3))


# The global `len` rebound after translation: the new binding is called.
def mylen(x):
    return -1


len = mylen
print("rebound", measure(data, list))
del len
print("restored", measure(data, list))


def bad_len(v):
    return len(v)


def bad_method(s):
    return s.strip(1, 2)


for v in ["ok", [1], 5]:
    try:
        print(bad_len(v))
    except TypeError as e:
        print("TypeError:", e)
for s in ["  a  ", " b", 3.5, b"xax", bytearray(b"ya")]:
    try:
        print(bad_method(s))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)



class Borrowed:
    # A list method in another class: LOAD_METHOD finds it, the call must refuse the instance.
    append = list.append
    get = dict.get


def borrow(lists, dicts):
    out = []
    for o in lists:
        try:
            o.append(1)
        except TypeError as e:
            out.append(str(e))
    for o in dicts:
        try:
            out.append(o.get("k", 2))
            out.append(o.get("k"))
        except TypeError as e:
            out.append(str(e))
    return out


for _ in range(15):
    r = borrow([[]], [{}, {"k": 1}])
print(r, borrow([Borrowed()], [Borrowed()]))


def splits(text):
    out = []
    for line in text.split("\n"):
        out.append(line.split())
        out.append(line.split(","))
        out.append(line.strip().lower().upper().strip("A"))
    return out


for _ in range(15):
    r = splits("a,b c\n  x y,z  \nAqA")
print(r)
for bad in [1, None]:
    try:
        "a b".split(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "a".lower(1)
except TypeError as e:
    print("TypeError:", e)
print(bad_len(None))
