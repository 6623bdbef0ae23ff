class Box:
    def __class_getitem__(cls, item):
        return '%s[%s]' % (cls.__name__, item if isinstance(item, str) else getattr(item, '__name__', repr(item)))


print(Box[int], Box['x'], Box[int, str] if False else Box[(1, 2)])


class Sub(Box):
    pass


print(Sub[float])
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


try:
    Plain[1]
except TypeError as e:
    print(type(e).__name__, e)


class Both:
    def __getitem__(self, k):
        return 'instance ' + repr(k)

    def __class_getitem__(cls, k):
        return 'class ' + repr(k)


print(Both[1], Both()[1])
