class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, sorted(kw)


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5(0, z=1, a=2))
print(callable(add5), callable(Adder), callable(5), callable(print), callable(lambda: 0))
print(list(map(Adder(1), [1, 2])))


class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}

    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.f(*args)
        return self.cache[args]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), len(fib.cache), type(fib).__name__)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
for v in (5, 'abc', None, [1, 2], (1,), {}, 1.5):
    try:
        v()
    except TypeError as e:
        print(type(e).__name__, e)


class CallAttr:
    pass


c = CallAttr()
c.__call__ = lambda: 'instance attribute is ignored'
try:
    c()
except TypeError as e:
    print(type(e).__name__, e)


class Chain:
    def __call__(self):
        return self


ch = Chain()
print(ch()()() is ch)


class CallViaGetattr:
    def __getattr__(self, name):
        return lambda: 'via getattr'


try:
    CallViaGetattr()()
except TypeError as e:
    print(type(e).__name__, e)


class Meta(type):
    def __call__(cls, *args):
        print('Meta.__call__', cls.__name__, args)
        return super().__call__(*args)


class Made(metaclass=Meta):
    def __init__(self, a=0):
        self.a = a


m = Made(7)
print(m.a)
