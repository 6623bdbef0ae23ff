class Plugin:
    plugins = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.plugins[name or cls.__name__.lower()] = cls
        print('registered', cls.__name__)


class Alpha(Plugin):
    pass


class Beta(Plugin, name='b'):
    pass


class Gamma(Beta):
    pass


print(sorted(Plugin.plugins))


class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.owner = owner
        self.name = name

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj.__dict__.get('_' + self.name, 'default-' + self.name)

    def __set__(self, obj, v):
        obj.__dict__['_' + self.name] = v


class Model:
    first = Field()
    second = Field()


m = Model()
m.first = 1
print(m.first, m.second, Model.first.name, Model.second.owner.__name__)
f = Field()
Model.late = f
print(hasattr(f, 'name'))


class Checks:
    def __init_subclass__(cls):
        if not hasattr(cls, 'required'):
            raise TypeError('%s must define required' % cls.__name__)


class Good(Checks):
    required = 1


try:
    class Bad(Checks):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class Counting:
    count = 0

    @classmethod
    def __init_subclass__(cls, **kw):
        Counting.count += 1
        cls.index = Counting.count


class C1(Counting):
    pass


class C2(C1):
    pass


print(C1.index, C2.index, Counting.count)


class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError('refused ' + name)


try:
    class Holder:
        x = BadSetName()
except ValueError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
