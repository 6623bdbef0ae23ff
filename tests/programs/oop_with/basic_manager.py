class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress


with CM('a') as v:
    print('body', v)
with CM('b'):
    print('no as')
with CM('c', suppress=True) as v:
    raise ValueError('suppressed ' + v)
print('after suppressed')
try:
    with CM('d') as v:
        raise KeyError('escapes')
except KeyError as e:
    print('caught', repr(e))
with CM('e') as (first):
    print(first)


class Pair:
    def __enter__(self):
        return (1, [2, 3])

    def __exit__(self, *a):
        return None


with Pair() as (x, [y, z]):
    print(x, y, z)
holder = {}
with Pair() as holder['k']:
    pass
print(holder)


class Obj:
    pass


o = Obj()
with Pair() as o.attr:
    pass
print(o.attr)
