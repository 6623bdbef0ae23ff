people = [("alice", 30), ("bob", 25), ("carol", 35)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: -p[1])[0][0])
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: len(p[0])))
print(list(map(lambda x: x * 2, [1, 2, 3])), list(filter(lambda x: x % 2, range(6))))
class Item:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "Item(%d)" % self.v
print(sorted([Item(3), Item(1), Item(2)]))
compose = lambda f, g: lambda x: f(g(x))
print(compose(lambda x: x + 1, lambda x: x * 10)(5))
