# Sorting records several ways: multi-key, stable passes, with None handling via keys.
people = [
    {'name': 'Zoe', 'age': 31, 'city': 'Oslo', 'score': None},
    {'name': 'adam', 'age': 25, 'city': 'Rome', 'score': 88.5},
    {'name': 'Bea', 'age': 31, 'city': 'Lima', 'score': 92.0},
    {'name': 'carl', 'age': 19, 'city': 'Oslo', 'score': 75.25},
    {'name': 'Dana', 'age': 25, 'city': 'Lima', 'score': None},
]
print([p['name'] for p in sorted(people, key=lambda p: p['name'])])
print([p['name'] for p in sorted(people, key=lambda p: p['name'].lower())])
print([p['name'] for p in sorted(people, key=lambda p: (-p['age'], p['city']))])
print([p['name'] for p in sorted(people, key=lambda p: (p['score'] is None, -(p['score'] or 0)))])
s = sorted(people, key=lambda p: p['city'])
s.sort(key=lambda p: p['age'])
print([(p['age'], p['city']) for p in s])
try:
    sorted(people, key=lambda p: p['score'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(people)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([[3, 'b'], [1, 'z'], [3, 'a']]), sorted([(1, None), (0, None)]), sorted(['b', 'A', 'a', 'B'], key=str.casefold))
