registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


def add_repr(cls):
    def __repr__(self):
        fields = ', '.join('%s=%r' % (k, v) for k, v in sorted(vars(self).items()))
        return '%s(%s)' % (type(self).__name__, fields)
    cls.__repr__ = __repr__
    return cls


def with_tag(tag):
    def deco(cls):
        cls.tag = tag
        return cls
    return deco


@register
@add_repr
@with_tag('t1')
class Item:
    def __init__(self, a, b):
        self.a = a
        self.b = b


@register
class Other:
    pass


print(registry, Item.tag, Item(1, 'x'), repr(Item([2], None)))


def replace(cls):
    return 'replaced ' + cls.__name__


@replace
class Gone:
    pass


print(Gone)


def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get


@singleton
class Config:
    def __init__(self, v):
        self.v = v


c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.v)


def count_calls(f):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return f(*a, **k)
    wrapper.calls = 0
    return wrapper


class Svc:
    @count_calls
    def run(self, x):
        return x + 1


s = Svc()
print(s.run(1), s.run(2), Svc.run.calls)
