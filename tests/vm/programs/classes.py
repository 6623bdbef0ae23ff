class Animal:
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return "..."
    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.name)
class Dog(Animal):
    def speak(self):
        return "woof from " + super().speak()
class Puppy(Dog):
    def speak(self):
        return "yip, " + super().speak()
a = [Animal("generic"), Dog("rex"), Puppy("bit")]
for x in a:
    print(x, x.speak())
print(Animal.count, isinstance(a[2], Animal), issubclass(Puppy, Dog))
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __call__(self, k):
        return Vec(self.x * k, self.y * k)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
v = Vec(1, 2) + Vec(3, 4)
print(v, v == Vec(4, 6), len(v), v[1], list(v), v(3))
m = v.__add__
print(m(Vec(1, 1)))
class Counter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Counter()), [x * 2 for x in Counter()])
class WithClassAttr:
    items = [i * 2 for i in range(3)]
print(WithClassAttr.items)
