class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg, code)
        self.msg = msg
        self.code = code

    def __str__(self):
        return '[%d] %s' % (self.code, self.msg)


class NotFound(AppError):
    def __init__(self, what):
        super().__init__('%s not found' % what, 404)
        self.what = what


try:
    raise NotFound('page')
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, e.what, repr(e))
print(issubclass(NotFound, Exception), NotFound.__mro__[1:3])


class Plain(Exception):
    pass


e = Plain('a', 2)
print(str(e), repr(e), e.args, str(Plain()), repr(Plain()), str(Plain('only')))


class WithRepr(ValueError):
    def __repr__(self):
        return 'WithRepr!'


print(repr(WithRepr('x')), str(WithRepr('x')), [WithRepr()])


class KE(KeyError):
    pass


print(str(KE('k')), str(KeyError('k')), str(KeyError('k', 'j')), str(KeyError()))


class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x


n = NoSuperInit(5)
print(n.args, str(n), n.x)


class Attrs(Exception):
    pass


a = Attrs()
a.extra = 'e'
print(a.extra, a.__dict__)
try:
    raise Attrs
except Attrs as err:
    print('caught class', type(err).__name__, err.args)


class MyBase(BaseException):
    pass


try:
    try:
        raise MyBase('base')
    except Exception:
        print('not here')
except BaseException as err:
    print('base caught', err)
