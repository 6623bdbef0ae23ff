# Error messages of collections.deque, each caught and printed.
from collections import deque


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque([1, 2, 3])
attempt('neg maxlen', lambda: deque(maxlen=-1))
attempt('str maxlen', lambda: deque(maxlen='a'))
attempt('float maxlen', lambda: deque([1], maxlen=2.0))
attempt('not iterable', lambda: deque(1))
attempt('too many', lambda: deque([1], 2, 3))
attempt('bad kw', lambda: deque(foo=1))
attempt('remove', lambda: d.remove(9))
attempt('index', lambda: d.index(9))
attempt('index start', lambda: d.index(1, 1))
attempt('index bad start', lambda: d.index(1, 'a'))
attempt('index no args', lambda: d.index())
attempt('getitem', lambda: d[5])
attempt('getitem neg', lambda: d[-4])
attempt('getitem str', lambda: d['a'])
attempt('slice', lambda: d[1:2])
attempt('pop', lambda: deque().pop())
attempt('popleft', lambda: deque().popleft())
attempt('insert full', lambda: deque([1], 1).insert(0, 2))
attempt('insert args', lambda: d.insert(1))
attempt('insert index', lambda: d.insert('a', 1))
attempt('concat', lambda: d + [1])
attempt('lt list', lambda: d < [1])
attempt('mul str', lambda: d * 'a')
attempt('hash', lambda: hash(d))
attempt('rotate str', lambda: d.rotate('a'))
attempt('rotate 2 args', lambda: d.rotate(1, 2))
attempt('append none', lambda: d.append())
attempt('pop arg', lambda: d.pop(1))
attempt('count none', lambda: d.count())
attempt('extend int', lambda: d.extend(1))
attempt('extendleft int', lambda: d.extendleft(1))
attempt('clear arg', lambda: d.clear(1))
attempt('setitem', lambda: d.__setitem__(99, 1))
attempt('delitem', lambda: d.__delitem__(-99))
attempt('iadd int', lambda: d.__iadd__(1))
attempt('attr', lambda: d.foo)
print(d)
