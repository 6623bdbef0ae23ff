class C:
    pass


c = C()
try:
    len(c)
except TypeError as e:
    print('before:', e)
C.__len__ = lambda self: 7
print('after:', len(c))
C.__add__ = lambda self, o: 'added %r' % (o,)
print(c + 1)
try:
    1 + c
except TypeError as e:
    print(type(e).__name__, e)
C.__radd__ = lambda self, o: 'radded %r' % (o,)
print(1 + c)
C.__iter__ = lambda self: iter([1, 2])
print(list(c))
C.__getitem__ = lambda self, k: k * 2
print(c[21])
C.__call__ = lambda self, *a: ('called', a)
print(c(1, 2))
C.__repr__ = lambda self: 'C!'
print(c, [c])
C.__eq__ = lambda self, o: True
print(c == 5)
C.__hash__ = lambda self: 1
print(hash(c))
del C.__len__
try:
    len(c)
except TypeError as e:
    print('deleted:', e)
C.__bool__ = lambda self: False
print(bool(c), 'yes' if c else 'no')


class D(C):
    pass


print(D() + 2, D()(3), bool(D()))
C.__add__ = lambda self, o: 'replaced'
print(D() + 2)
