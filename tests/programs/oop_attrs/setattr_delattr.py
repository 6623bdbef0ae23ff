class Validated:
    def __setattr__(self, name, value):
        if name == 'age' and not isinstance(value, int):
            raise TypeError('age must be int, got %s' % type(value).__name__)
        print('set', name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print('del', name)
        if name == 'locked':
            raise AttributeError('cannot delete locked')
        object.__delattr__(self, name)


v = Validated()
v.age = 3
v.name = 'x'
try:
    v.age = 'old'
except TypeError as e:
    print(type(e).__name__, e)
print(vars(v))
del v.name
try:
    del v.locked
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del v.missing
except AttributeError as e:
    print(type(e).__name__, e)
setattr(v, 'age', 10)
delattr(v, 'age')
print(vars(v))


class Frozen:
    def __init__(self, a):
        object.__setattr__(self, 'a', a)

    def __setattr__(self, name, value):
        raise AttributeError("can't set %s" % name)

    __delattr__ = __setattr__


f = Frozen(1)
print(f.a)
try:
    f.a = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del f.a
except TypeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


p = Plain()
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(p, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(p, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    delattr(p, None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hasattr(p, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    getattr(p)
except TypeError as e:
    print(type(e).__name__, e)
