# Sorting records: multi-key, reverse stability, key errors, sorted() on deques/dicts/generators.
from collections import deque
from operator import itemgetter, attrgetter

people = [('ann', 31, 'ops'), ('bob', 25, 'dev'), ('cid', 31, 'dev'), ('dee', 25, 'ops'), ('eve', 40, 'dev')]
print(sorted(people, key=itemgetter(1)))
print(sorted(people, key=itemgetter(1), reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1])))
by_team = sorted(sorted(people, key=itemgetter(0), reverse=True), key=itemgetter(2))
print([p[0] for p in by_team])


class Emp:
    def __init__(self, name, level):
        self.name, self.level = name, level

    def __repr__(self):
        return f'{self.name}/{self.level}'


staff = [Emp('x', 2), Emp('y', 1), Emp('z', 2), Emp('w', 1)]
print(sorted(staff, key=attrgetter('level')), sorted(staff, key=attrgetter('level', 'name'), reverse=True))
print(sorted(deque([3, 1, 2])), sorted({'b': 1, 'a': 2}), sorted(x * x for x in range(-3, 3)))
print(sorted('banana', key='ban'.find), sorted([3, 1, 2], key=None, reverse=False))
words = 'The quick brown fox Jumps over the lazy dog'.split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
nums = [3.5, 1, -2, 2.0, True, 0]
nums.sort()
print(nums)
for bad in [lambda: sorted([1, 2], key=len), lambda: sorted([1, None]), lambda: sorted([], key=1, reverse=True),
            lambda: [2, 1].sort(lambda a: a), lambda: sorted([1], cmp=None), lambda: sorted([(1, 'a'), (1, 2)])]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)
