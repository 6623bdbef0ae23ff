# super().name(...) in its shapes: plain methods (the loop's shortcut), classmethods,
# staticmethods, properties, builtin bases' methods, instance attributes that shadow a
# method name, methods missing from the rest of the MRO, and super() inside a classmethod.
class Base:
    tag = 'base'

    def hello(self, x):
        return f'Base.hello({x}) on {type(self).__name__}'

    @classmethod
    def make(cls, v):
        return f'Base.make({v}) for {cls.__name__}'

    @staticmethod
    def helper(v):
        return f'Base.helper({v})'

    @property
    def prop(self):
        return 'Base.prop'


class Mid(Base):
    def hello(self, x):
        return 'Mid>' + super().hello(x + 1)


class Leaf(Mid):
    def hello(self, x):
        return 'Leaf>' + super().hello(x * 2)

    def run(self):
        self.hello = 'instance attribute'  # shadows only the instance's own lookups
        return [super().hello(1), super().make(2), super().helper(3), super().prop, super().tag]

    @classmethod
    def make(cls, v):
        return 'Leaf.make>' + super().make(v)

    def missing(self):
        try:
            return super().nothing()
        except AttributeError as e:
            return f'AttributeError: {e}'


class MyList(list):
    def append(self, v):
        super().append(v * 10)
        return super().__len__()


leaf = Leaf()
print(leaf.hello(5))
for item in leaf.run():
    print(item)
print(Leaf.make(7))
print(leaf.missing())
ml = MyList()
print(ml.append(1), ml.append(2), ml)
print(super(Leaf, leaf).hello(9))
m = super(Mid, leaf).hello
print(type(m).__name__, m(4))
for i in range(3):
    print(Leaf().hello(i))
