class Shared:
    items = []
    count = 0

    def add(self, x):
        self.items.append(x)
        self.count += 1


a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(Shared.items, a.items is b.items, a.count, b.count, Shared.count)


class Fixed:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return self


print(Fixed().add(1).items, Fixed().add(2).add(3).items)


class Counter:
    total = 0

    @classmethod
    def bump(cls):
        cls.total += 1
        return cls.total


class Sub(Counter):
    pass


print(Counter.bump(), Counter.bump(), Sub.bump(), Counter.total, Sub.total)
print('total' in Sub.__dict__, 'total' in Counter.__dict__)
del Sub.total
print(Sub.total)
try:
    del Sub.total
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Counter.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Counter().missing
except AttributeError as e:
    print(type(e).__name__, e)
