class Plain:
    pass


class OnlyRepr:
    def __repr__(self):
        return '<OnlyRepr>'


class OnlyStr:
    def __str__(self):
        return 'only-str'


class Both:
    def __repr__(self):
        return 'R'

    def __str__(self):
        return 'S'


p = Plain()
r = repr(p)
print(r.startswith('<__main__.Plain object at 0x'), r.endswith('>'))
print(str(OnlyRepr()), repr(OnlyRepr()), '%s %r' % (OnlyRepr(), OnlyRepr()))
print(str(OnlyStr()), repr(OnlyStr()).startswith('<__main__.OnlyStr object'))
print(str(Both()), repr(Both()), [Both()], (Both(),), {'k': Both()}, f'{Both()} {Both()!r}')
print(Both(), OnlyStr())
print(format(Both()), '{}'.format(Both()), '{!r}'.format(Both()))
print(repr(Plain).startswith("<class '__main__.Plain'>"), str(Plain))
print(str(int), repr(type), str(object))


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)


class S(str):
    pass


class Rs:
    def __repr__(self):
        return S('sub')


print(repr(Rs()), str(Rs()))
