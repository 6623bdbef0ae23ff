class Obj:
    a = 1

    def __init__(self):
        self.b = 2


o = Obj()
print(getattr(o, 'a'), getattr(o, 'b'), getattr(o, 'c', 3), getattr(o, 'c', None))
print(hasattr(o, 'a'), hasattr(o, 'c'), hasattr(Obj, 'b'), hasattr(Obj, '__init__'))
setattr(o, 'c', 4)
print(o.c, vars(o))
delattr(o, 'c')
print(hasattr(o, 'c'))
try:
    getattr(o, 'zz')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, 'zz')
except AttributeError as e:
    print(type(e).__name__, e)
names = ['x%d' % i for i in range(5)]
for i, n in enumerate(names):
    setattr(o, n, i * i)
print([getattr(o, n) for n in names], sorted(vars(o)))
print(getattr(5, 'real'), getattr('s', 'upper')(), getattr([], 'count')(1), getattr(Obj, 'a'))
setattr(Obj, 'dyn', lambda self: 'dynamic method')
print(o.dyn())
print(getattr(o, '__class__').__name__, getattr(Obj, '__name__'))
weird = 'with space'
setattr(o, weird, 'ok')
print(getattr(o, weird), o.__dict__[weird])
try:
    getattr(o, 'a', 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(o, 'a')
except TypeError as e:
    print(type(e).__name__, e)
