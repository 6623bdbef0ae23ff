# Generators as methods, properties, __iter__, class-level and closures over class state.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)

    @property
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves

    @classmethod
    def counter(cls, n):
        for i in range(n):
            yield cls.__name__, i

    @staticmethod
    def evens(limit):
        return (x for x in range(limit) if x % 2 == 0)


t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t))
print(list(t.depth_first()))
print(list(t.leaves))
print(list(Tree.counter(2)), list(Tree.evens(7)))


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def __reversed__(self):
        n = 1
        while n <= self.start:
            yield n
            n += 1


c = Countdown(4)
print(list(c), list(reversed(c)), sum(c), max(c), sorted(c))
it = iter(c)
print(type(it).__name__, next(it), next(it))
print(Tree.__iter__.__qualname__, t.depth_first().__qualname__, t.__iter__().__name__)
