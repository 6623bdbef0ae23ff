x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
lst = [0, 1, 2, 3, 4, 5, 6]
del lst[0]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
a, b = 1, 2
del a, b
print('a' in dir(), 'b' in dir())
def f():
    v = 10
    del v
    try:
        return v
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(f())
try:
    del d['zzz']
except KeyError as e:
    print('KeyError', e)
def g(): pass
g.attr = 1
del g.attr
print(hasattr(g, 'attr'))
