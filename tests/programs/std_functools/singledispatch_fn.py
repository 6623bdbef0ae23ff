from functools import singledispatch

@singledispatch
def describe(obj):
    return 'object ' + type(obj).__name__

@describe.register
def _(obj: int):
    return 'int %d' % obj

@describe.register(list)
@describe.register(tuple)
def _seq(obj):
    return 'sequence of %d' % len(obj)

@describe.register(dict)
def _(obj):
    return 'dict with ' + ', '.join(sorted(obj))

class Animal:
    pass
class Dog(Animal):
    pass

@describe.register(Animal)
def _(obj):
    return 'animal ' + type(obj).__name__

for v in [1, True, 'str', 2.5, [1, 2], (1,), {'b': 1, 'a': 2}, Dog(), Animal(), None]:
    print(describe(v))

print(describe.dispatch(bool).__name__, describe.dispatch(float).__name__)
print(sorted(t.__name__ for t in describe.registry))

try:
    describe()
except TypeError as e:
    print(type(e).__name__, e)

try:
    @describe.register
    def _bad(x):
        return x
except TypeError as e:
    print(type(e).__name__, str(e)[:36])
