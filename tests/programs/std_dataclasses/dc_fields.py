from dataclasses import dataclass, field, fields, MISSING

@dataclass
class Inventory:
    name: str
    tags: list = field(default_factory=list)
    counts: dict = field(default_factory=dict)
    secret: str = field(default='hidden', repr=False)
    rank: int = field(default=0, compare=False)
    internal: int = field(default=7, init=False)
    meta: str = field(default='', metadata={'unit': 'kg'})

a = Inventory('a')
b = Inventory('b', ['x'])
a.tags.append(1)
print(a, b, a.tags is b.tags)
print(Inventory('z', rank=5) == Inventory('z', rank=9), a.internal, a.secret)
for f in fields(Inventory):
    print(f.name, f.init, f.repr, f.compare, f.default is MISSING, f.default_factory is MISSING, dict(f.metadata))
try:
    Inventory('x', internal=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad3:
        d: dict = {}
except ValueError as e:
    print(type(e).__name__, e)

counter = [0]
def next_id():
    counter[0] += 1
    return counter[0]

@dataclass
class Ticket:
    title: str
    id: int = field(default_factory=next_id)
print(Ticket('a'), Ticket('b'), Ticket('c', 99), Ticket('d'))

@dataclass
class KW:
    a: int
    b: int = field(default=2, kw_only=True)
    c: int = 3
print(KW(1), KW(1, 5), KW(1, b=9, c=0))
try:
    KW(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
