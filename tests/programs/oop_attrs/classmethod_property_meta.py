class Meta(type):
    @property
    def table(cls):
        return cls.__name__.lower() + 's'

    _count = 0

    def __call__(cls, *a, **k):
        Meta._count += 1
        return super().__call__(*a, **k)


class User(metaclass=Meta):
    pass


print(User.table, hasattr(User(), 'table'), Meta._count)
User()
print(Meta._count)
try:
    User.table = 'x'
except AttributeError as e:
    print(type(e).__name__, e)


class Conf:
    _values = {'a': 1}

    @classmethod
    def get(cls, k):
        return cls._values.get(k)

    @classmethod
    def set(cls, k, v):
        cls._values = dict(cls._values, **{k: v})


class Sub(Conf):
    pass


Sub.set('b', 2)
print(Conf.get('b'), Sub.get('b'), Sub.get('a'))
