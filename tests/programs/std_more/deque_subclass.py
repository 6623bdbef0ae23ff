# Subclassing deque: repr uses the subclass name, copies and products keep the type.
from collections import deque


class History(deque):
    def __init__(self, items=(), limit=None):
        super().__init__(items, limit)
        self.added = 0

    def append(self, x):
        self.added += 1
        super().append(x)

    def latest(self):
        return self[-1] if self else None


h = History([1, 2], 4)
print(h, h.maxlen, h.latest())
for i in range(5):
    h.append(i)
print(h, h.added)
print(h.copy(), type(h.copy()).__name__)
print(type(h + h).__name__, h * 2)
h.tag = 'x'
print(h.tag, h.__dict__)
print(isinstance(h, deque), issubclass(History, deque))


class Plain(deque):
    pass


p = Plain('abc')
print(p, repr(Plain()), p.maxlen)
p.extend(p)
print(p, len(p), p == deque('abcabc'))
import copy
print(copy.copy(p), copy.deepcopy(Plain([[1]], 3)))


class Stack(deque):
    push = deque.append

    def peek(self):
        return self[-1]


s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s.pop(), s)
try:
    Stack().pop()
except IndexError as e:
    print('IndexError:', e)
