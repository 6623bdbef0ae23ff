from dataclasses import dataclass, field, asdict, astuple, replace, fields
from collections import namedtuple

Pair = namedtuple('Pair', 'a b')

@dataclass
class Address:
    city: str
    zip: str

@dataclass
class Person:
    name: str
    age: int
    address: Address
    phones: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)
    pair: Pair = None

p = Person('ann', 30, Address('Paris', '75001'), ['123', '456'], {'k': Address('x', 'y')}, Pair(1, [2]))
d = asdict(p)
print(d)
print(astuple(p))
print(d['address'] is p.address, d['phones'] is p.phones)
older = replace(p, age=31)
print(older.age, p.age, older.address is p.address)
print(replace(p.address, city='Lyon'))
try:
    replace(p, nope=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    asdict(Address)
except TypeError as e:
    print(type(e).__name__, e)
try:
    astuple([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    fields(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(5)
except TypeError as e:
    print(type(e).__name__, e)

@dataclass
class Counted:
    n: int
    total: int = field(init=False, default=0)
try:
    replace(Counted(1), total=5)
except ValueError as e:
    print(type(e).__name__, e)
print(replace(Counted(1), n=2))
print(asdict(p, dict_factory=lambda items: sorted(k for k, v in items)))
print(astuple(Address('a', 'b'), tuple_factory=list))
