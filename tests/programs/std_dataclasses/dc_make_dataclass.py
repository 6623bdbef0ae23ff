from dataclasses import make_dataclass, field, fields, asdict

Point3 = make_dataclass('Point3', [('x', int), ('y', int), ('z', int, field(default=0))])
p = Point3(1, 2)
print(p, Point3.__name__, [f.name for f in fields(Point3)], asdict(p))
Named = make_dataclass('Named', ['a', 'b'], namespace={'total': lambda self: self.a + self.b})
print(Named(1, 2).total(), Named('x', 'y'))
Frozen = make_dataclass('Frozen', [('v', int)], frozen=True, order=True)
print(sorted([Frozen(3), Frozen(1)]), hash(Frozen(1)) == hash(Frozen(1)))
Sub = make_dataclass('Sub', [('extra', str, field(default='e'))], bases=(Point3,))
print(Sub(1, 2, 3), Sub(1, 2))
for bad in [['a', 'a'], ['class'], ['1x'], [('a', int, 1, 2)]]:
    try:
        make_dataclass('Bad', bad)
    except TypeError as e:
        print(type(e).__name__, e)
