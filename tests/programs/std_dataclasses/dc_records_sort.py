from dataclasses import dataclass, field

@dataclass(order=True)
class Student:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    grade: int
    scores: list = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_key = (-self.average(), self.name)

    def average(self):
        return sum(self.scores) / len(self.scores) if self.scores else 0.0

roster = [
    Student('maya', 10, [88, 92, 79]),
    Student('liam', 11, [95, 90, 93]),
    Student('zoe', 10, [70, 85, 90]),
    Student('ava', 12, [95, 90, 93]),
    Student('noah', 11, []),
]
for s in sorted(roster):
    print('%-5s grade %2d avg %6.2f' % (s.name, s.grade, s.average()))
print(sorted(roster, key=lambda s: (s.grade, s.name)))
by_grade = {}
for s in roster:
    by_grade.setdefault(s.grade, []).append(s.name)
print(dict(sorted(by_grade.items())))
best = max(roster, key=lambda s: s.average())
print(best.name, round(best.average(), 3))
print('{:>6}|{:^8}|{:<5}'.format('name', 'grade', 'avg'))
for s in roster:
    print('{:>6}|{:^8}|{:<5.1f}'.format(s.name, s.grade, s.average()))
