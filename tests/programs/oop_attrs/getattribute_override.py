class Logged:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        if name != 'log' and not name.startswith('__'):
            object.__getattribute__(self, 'log').append(name)
        return object.__getattribute__(self, name)


Logged.log = []
o = Logged()
o.x
o.x
try:
    o.y
except AttributeError as e:
    print(type(e).__name__, e)
print(Logged.log)


class Both:
    def __getattribute__(self, name):
        if name == 'secret':
            raise AttributeError('hidden')
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return 'getattr:' + name


b = Both()
b.real = 5
print(b.real, b.secret, b.other)


class Upper:
    def __getattribute__(self, name):
        v = super().__getattribute__(name)
        return v.upper() if isinstance(v, str) else v


u = Upper()
u.name = 'bob'
print(u.name, getattr(u, 'name'), u.__dict__)


class Everything:
    def __getattribute__(self, name):
        return 42


e = Everything()
print(e.anything, e.__dict__, getattr(e, 'zz'))


class Fails:
    def __getattribute__(self, name):
        raise ValueError('no access to ' + name)


try:
    Fails().q
except ValueError as err:
    print(type(err).__name__, err)
print(type(Fails()).__name__)
