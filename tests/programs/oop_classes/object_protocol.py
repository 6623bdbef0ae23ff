o = object()
print(type(o).__name__, isinstance(o, object))
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)


class NoInit:
    pass


try:
    NoInit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


class OnlyNew:
    def __new__(cls, *args):
        print('new', cls.__name__, args)
        return super().__new__(cls)


x = OnlyNew(1, 2)
print(type(x).__name__)


class OnlyInit:
    def __init__(self, a):
        self.a = a


print(OnlyInit(5).a)
try:
    OnlyInit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    OnlyInit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    OnlyInit(b=1)
except TypeError as e:
    print(type(e).__name__, e)
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, 1))
print(o == o, o != object(), o.__hash__() == hash(o))
print(object.__name__, object.__doc__)
print(NoInit.__init__ is object.__init__, NoInit.__new__ is object.__new__)


class InitReturns:
    def __init__(self):
        return 5


try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in dir(NoInit()) if not k.startswith('__')))
print('__init__' in dir(NoInit), '__class__' in dir(o))
