class Temp:
    scale = 'C'
    count = 0

    def __init__(self, deg):
        self.deg = deg
        Temp.count += 1

    @classmethod
    def from_f(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def kind(cls):
        return cls.__name__ + '/' + cls.scale


class Kelvin(Temp):
    scale = 'K'


t = Temp.from_f(212)
print(type(t).__name__, t.deg, Temp.c_to_f(100), t.c_to_f(0))
k = Kelvin.from_f(32)
print(type(k).__name__, k.deg, Kelvin.kind(), k.kind(), Temp.kind())
print(Temp.count)
cm = Temp.__dict__['from_f']
sm = Temp.__dict__['c_to_f']
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__.__name__)
bound = Temp.kind
print(bound.__self__ is Temp, bound.__func__ is cm.__func__)
print(sm.__get__(None, Temp)(10))
print(cm.__get__(None, Kelvin)())
print(cm.__get__(k)())


def plain(x):
    return x * 3


Temp.triple = staticmethod(plain)
print(t.triple(4), Temp.triple(5))
Temp.named = classmethod(lambda cls, s: cls.__name__ + s)
print(Kelvin.named('!'), t.named('?'))
print(isinstance(sm, staticmethod), isinstance(cm, classmethod))
