# __setitem__ and __contains__ written in Python run as frames of the loop.
import sys

class Store:
    def __init__(self):
        self.data = {}
        self.log = []
    def __setitem__(self, key, value):
        self.log.append(key)
        self.data[key] = value
        return 'ignored'
    def __getitem__(self, key):
        return self.data[key]
    def __contains__(self, key):
        return key in self.data

s = Store()
s['a'] = 1
s['b'], s['c'] = 2, 3
for i in range(3):
    s[i] = i * i
s['a'] = 10 if 'a' in s else 0
s['b'] += 5
print(s.log, s.data)
print('a' in s, 'z' in s, 'a' not in s, 'z' not in s, [k in s for k in ('b', 'q')])

class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v > 0

class Odd:
    def __contains__(self, x):
        if x == 'boom':
            raise KeyError(x)
        if x == 'truthy':
            return Truthy(1)
        if x == 'falsy':
            return Truthy(0)
        return [x] if x else []

o = Odd()
print(1 in o, 0 in o, 1 not in o, 0 not in o, 'truthy' in o, 'falsy' in o, 'truthy' not in o)
try:
    'boom' in o
except KeyError as e:
    print('KeyError', e)

class BadBool:
    def __bool__(self):
        raise ValueError('no truth')
class GivesBad:
    def __contains__(self, x):
        return BadBool()
try:
    1 in GivesBad()
except ValueError as e:
    print('ValueError', e)

class NoContains:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in NoContains(), 5 not in NoContains())

class Blocked:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in Blocked()
except TypeError as e:
    print('TypeError:', e)

class ReadOnly:
    def __setitem__(self, k, v):
        raise TypeError('read-only')
try:
    ReadOnly()[0] = 1
except TypeError as e:
    print('TypeError:', e)

class WrongArity:
    def __setitem__(self, k):
        pass
try:
    WrongArity()[0] = 1
except TypeError as e:
    print('TypeError:', e)

class GenSet:
    def __setitem__(self, k, v):
        yield k
GenSet()[1] = 2
print('generator __setitem__ ran without error')

class Matrix:
    def __init__(self, n):
        self.n = n
        self.cells = [0] * (n * n)
    def __setitem__(self, rc, v):
        r, c = rc
        self.cells[r * self.n + c] = v
    def __getitem__(self, rc):
        r, c = rc
        return self.cells[r * self.n + c]
m = Matrix(3)
for r in range(3):
    for c in range(3):
        m[r, c] = r * 3 + c
m[1, 1] += 100
print(m.cells, m[2, 2])

class Deep:
    def __contains__(self, x):
        return x in self
try:
    1 in Deep()
except RecursionError as e:
    print('RecursionError', e)

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ('__setitem__', '__contains__'):
        events.append((frame.f_code.co_name, event, arg if event == 'return' else None))
    return tracer
sys.settrace(tracer)
s['t'] = 1
'x' in s
sys.settrace(None)
print([e for e in events if e[1] != 'line'])
