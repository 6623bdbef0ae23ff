class Base:
    @property
    def name(self):
        return 'base'

    @classmethod
    def create(cls, *args):
        obj = cls.__new__(cls)
        obj.args = args
        return obj

    def __repr__(self):
        return '%s%r' % (type(self).__name__, getattr(self, 'args', ()))


class Mid(Base):
    @property
    def name(self):
        return 'mid/' + super().name

    @classmethod
    def create(cls, *args):
        obj = super().create(*args, 'mid')
        return obj


class Leaf(Mid):
    @property
    def name(self):
        return 'leaf/' + super().name

    @classmethod
    def create(cls, *args):
        return super().create('leaf', *args)


print(Leaf().name, Mid().name, Leaf.create(1), Mid.create(), Base.create(0))
print(type(Leaf.create()).__name__)


class Counter:
    instances = 0

    def __new__(cls, *a, **k):
        cls.instances += 1
        return super().__new__(cls)

    def __init__(self, v=None):
        self.v = v


class SubCounter(Counter):
    def __init__(self, v):
        super().__init__(v * 2)


print(SubCounter(3).v, Counter(1).v, SubCounter.instances, Counter.instances)


class StaticChain:
    @staticmethod
    def helper():
        return 'static base'


class StaticChild(StaticChain):
    @staticmethod
    def helper():
        return 'child+' + super(StaticChild, StaticChild).helper()


print(StaticChild.helper(), StaticChild().helper())
