from functools import cached_property

class Dataset:
    def __init__(self, values):
        self.values = values
        self.computations = 0

    @cached_property
    def total(self):
        self.computations += 1
        return sum(self.values)

    @cached_property
    def mean(self):
        self.computations += 1
        return self.total / len(self.values)

d = Dataset([1, 2, 3, 4])
print(d.total, d.total, d.mean, d.mean, d.computations)
print(sorted(k for k in vars(d)))
del d.total
print(d.total, d.computations)
d.total = 100
print(d.total, d.mean)
print(type(Dataset.total).__name__, Dataset.total.attrname)

e = Dataset([10])
print(e.mean, e.computations)

class Slotted:
    __slots__ = ('x',)
    @cached_property
    def val(self):
        return 1

try:
    Slotted().val
except TypeError as e:
    print(type(e).__name__, e)

cp = cached_property(lambda self: 5)
try:
    cp.__get__(object(), object)
except TypeError as e:
    print(type(e).__name__, e)
