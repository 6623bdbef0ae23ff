from dataclasses import dataclass, FrozenInstanceError, field

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default='', compare=False)

vs = [Version(1, 2), Version(1, 10), Version(0, 9, 9), Version(1, 2, 1, 'rc'), Version(1, 2, label='x')]
print(sorted(vs))
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 99), Version(1, 2) == Version(1, 2, label='zz'))
print(max(vs), min(vs))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float
c = Coord(1.5, 2.5)
print(c, hash(c) == hash(Coord(1.5, 2.5)), {c: 'here'}[Coord(1.5, 2.5)], len({c, Coord(1.5, 2.5), Coord(0, 0)}))
try:
    c.lat = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del c.lon
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    c.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)

@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str
hand = [Card(10, 'h'), Card(2, 's'), Card(10, 'c'), Card(14, 'd')]
print(sorted(hand), sorted(hand, reverse=True)[0])

@dataclass(unsafe_hash=True)
class Node:
    id: int
    label: str = field(hash=False, default='')
print(hash(Node(1, 'a')) == hash(Node(1, 'b')), Node(1, 'a') == Node(1, 'b'))

@dataclass(eq=False)
class Ident:
    v: int
a = Ident(1)
print(a == Ident(1), a == a, hash(a) == hash(a))
try:
    @dataclass(order=True, eq=False)
    class X:
        a: int
except ValueError as e:
    print(type(e).__name__, e)
try:
    @dataclass(order=True)
    class Y:
        a: int
        def __lt__(self, o):
            return True
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Base:
        a: int
    @dataclass(frozen=True)
    class Derived(Base):
        b: int
except TypeError as e:
    print(type(e).__name__, e)
