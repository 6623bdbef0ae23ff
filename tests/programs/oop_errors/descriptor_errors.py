class P:
    @property
    def ro(self):
        return 1

    @staticmethod
    def s():
        return 's'


p = P()
try:
    p.ro = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.ro
except AttributeError as e:
    print(type(e).__name__, e)
try:
    property.__get__(5, p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    classmethod(5)()
except TypeError as e:
    print(type(e).__name__, e)
print(staticmethod(len)([1, 2]) if callable(staticmethod(len)) else 'not callable')
try:
    P.__dict__['s'].__get__(None)()
    print('ok staticmethod get')
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = str
except TypeError as e:
    print(type(e).__name__, e)


class Q:
    pass


q = Q()
try:
    q.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)


class R:
    pass


q.__class__ = R
print(type(q).__name__)
try:
    Q.__dict__ = {}
except AttributeError as e:
    print(type(e).__name__, e)
