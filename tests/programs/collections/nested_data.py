people = [
    {'name': 'Ann', 'age': 31, 'tags': ['a', 'b']},
    {'name': 'Bob', 'age': 25, 'tags': []},
    {'name': 'Cid', 'age': 35, 'tags': ['c']},
]
for p in sorted(people, key=lambda p: p['age']):
    print(p['name'], p['age'], len(p['tags']))
print([p['name'] for p in people if p['tags']])
by_name = {p['name']: p for p in people}
by_name['Bob']['tags'].append('new')
print(people[1])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [row[1] for row in grid], sum(map(sum, grid)))
transposed = list(map(list, zip(*grid)))
print(transposed)
