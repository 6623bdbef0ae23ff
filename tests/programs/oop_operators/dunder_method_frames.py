# Property getters, __getitem__ and __call__ written in Python run as frames of the loop.
import sys

class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @property
    def broken(self):
        return 1 / 0
    @property
    def gen(self):
        yield self._c
    @property
    def deep(self):
        return self.deep

t = Temp(100)
print(t.f, [Temp(c).f for c in range(3)], list(t.gen))
try:
    t.broken
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print('ZeroDivisionError', names)
try:
    t.deep
except RecursionError as e:
    print('RecursionError', e)

class Grid:
    def __init__(self, w):
        self.w = w
        self.cells = list(range(w * w))
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            return self.cells[r * self.w + c]
        if key >= len(self.cells):
            raise IndexError(key)
        return self.cells[key]

g = Grid(3)
print(g[1, 2], g[0], sum(g[i, i] for i in range(3)))
try:
    g[99]
except IndexError as e:
    print('IndexError', e)
print(list(g))  # the old iteration protocol calls __getitem__ until IndexError

class BadGet:
    def __getitem__(self):
        return 0
try:
    BadGet()[1]
except TypeError as e:
    print('TypeError:', e)

class GenGet:
    def __getitem__(self, k):
        yield k
print(list(GenGet()[5]))

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, sorted(kw)

add = Adder(10)
print(add(1), add(1, 2, 3, scale=2), add(x=5, extra=1))
try:
    add()
except TypeError as e:
    print('TypeError:', e)

class Counter:
    def __call__(self):
        yield 1
        yield 2
print(list(Counter()()))

class Sub(Adder):
    pass
print(Sub(1)(1))

class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print('TypeError:', e)

class Meta:
    @property
    def frame_names(self):
        return [sys._getframe(0).f_code.co_name, sys._getframe(1).f_code.co_name]
def caller():
    return Meta().frame_names
print(caller())

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ('f', '__getitem__', '__call__'):
        events.append((event, frame.f_code.co_name))
    return tracer
sys.settrace(tracer)
t.f
g[0]
add(1)
sys.settrace(None)
print(events)

class Slot:
    __slots__ = ('v',)
    def __init__(self, v):
        self.v = v
    @property
    def double(self):
        return self.v * 2
print(Slot(4).double)
