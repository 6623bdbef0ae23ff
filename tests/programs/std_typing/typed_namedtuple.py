from typing import NamedTuple, List, Optional, TypedDict

class Employee(NamedTuple):
    name: str
    id: int = 3
    tags: Optional[List[str]] = None

    def label(self) -> str:
        return '%s#%d' % (self.name, self.id)

e = Employee('guido')
print(e, e.label(), e._fields, e._field_defaults, Employee.__annotations__)
print(Employee('ann', 7, ['x'])._asdict(), e._replace(id=9), isinstance(e, tuple))
print(Employee.__name__, Employee.__module__, sorted([Employee('b', 2), Employee('a', 5)]))
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point._fields, Point.__annotations__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(NamedTuple):
        x: int
        def _asdict(self):
            return {}
except AttributeError as e:
    print(type(e).__name__, e)

class Movie(TypedDict):
    title: str
    year: int

class Rated(Movie, total=False):
    stars: float

m = Movie(title='Up', year=2009)
r = Rated(title='Cars', year=2006, stars=3.5)
print(m, r, type(m).__name__, Movie.__required_keys__ == frozenset({'title', 'year'}))
print(sorted(Rated.__optional_keys__), Rated.__total__, sorted(Rated.__annotations__))
Animal = TypedDict('Animal', {'name': str, 'legs': int})
print(Animal(name='cat', legs=4), sorted(Animal.__annotations__))
