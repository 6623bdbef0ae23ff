# getattr/setattr/hasattr/delattr/vars/dir on simple objects, with defaults and errors.
class C:
    cls_attr = 1
    def __init__(self):
        self.x = 10
o = C()
print(getattr(o, 'x'), getattr(o, 'y', 'dflt'), hasattr(o, 'x'), hasattr(o, 'nope'), getattr(o, 'cls_attr'))
setattr(o, 'y', 20)
print(vars(o), o.y)
delattr(o, 'y')
print(vars(o), 'x' in dir(o), 'cls_attr' in dir(C))
for f in [lambda: getattr(o, 'nope'), lambda: getattr(o, 5), lambda: delattr(o, 'nope'), lambda: setattr(5, 'a', 1), lambda: vars(5)]:
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted(vars(C).keys() - {'__dict__', '__weakref__', '__doc__', '__module__', '__init__'}), isinstance(vars(), dict))
