from collections import namedtuple

Employee = namedtuple('Employee', 'name dept salary age')
rows = [
    ('alice', 'eng', 120000, 34),
    ('bob', 'sales', 70000, 45),
    ('carol', 'eng', 135000, 29),
    ('dave', 'ops', 80000, 38),
    ('erin', 'sales', 72000, 31),
    ('frank', 'eng', 98000, 41),
]
staff = [Employee._make(r) for r in rows]
for e in sorted(staff, key=lambda e: (e.dept, -e.salary)):
    print('%-6s %-6s %7d %3d' % e)

by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e)
for dept in sorted(by_dept):
    members = by_dept[dept]
    avg = sum(m.salary for m in members) / len(members)
    print(dept, len(members), round(avg, 2), max(members, key=lambda m: m.age).name)

raised = [e._replace(salary=int(e.salary * 1.1)) for e in staff if e.dept == 'eng']
print(raised)
print([e._asdict() for e in staff[:2]])
oldest = max(staff, key=lambda e: e.age)
print(oldest, oldest.name.title())

class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    @property
    def swapped(self):
        return Vec(self.y, self.x)

v = Vec(3, 4) + Vec(1, 1)
print(v, abs(Vec(3, 4)), v.swapped, Vec._fields, type(v).__name__)
print(sorted([Vec(2, 1), Vec(1, 5), Vec(1, 2)]))
print(dict(zip(Employee._fields, rows[0])))
