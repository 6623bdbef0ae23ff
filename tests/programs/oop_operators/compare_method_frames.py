# Rich comparisons whose method is written in Python run as frames of the loop; the
# NotImplemented protocol, reflected methods and identity fallbacks still apply.
import sys

class V:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.x == o.x
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.x < o.x
    def __le__(self, o):
        return 'le-result'
    __hash__ = None

a, b = V(1), V(2)
print(a == b, a == V(1), a != b, a < b, b < a, a > b, b > a, a <= b, a >= b)
print(a == 1, a != 1, a == a)
try:
    a < 1
except TypeError as e:
    print('TypeError:', e)
try:
    a >= 1
except TypeError as e:
    print('TypeError:', e)

class R:
    def __gt__(self, o):
        return ('R.__gt__', type(o).__name__)
    def __eq__(self, o):
        return 'R.__eq__'
print(a < R(), a == R())

class W(V):
    def __gt__(self, o):
        return 'W.__gt__ first'
print(a < W(5))

class Only:
    pass
o = Only()
print(o == o, o == Only(), o != Only())

class Raises:
    def __eq__(self, o):
        raise ValueError('no eq')
try:
    Raises() == 1
except ValueError as e:
    print('ValueError', e)

class Gen:
    def __eq__(self, o):
        yield 1
print(type(Gen() == 1).__name__)

class Deep:
    def __lt__(self, o):
        return self < o
try:
    Deep() < 1
except RecursionError as e:
    print('RecursionError', e)

class Truthy:
    def __eq__(self, o):
        return 0
print('yes' if Truthy() == 1 else 'no', 'x' if not (Truthy() == 2) else 'y')

items = [V(3), V(1), V(2)]
print([v.x for v in sorted(items)], min(items).x, max(items).x)

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == '__lt__':
        events.append((event, arg if event == 'return' else None))
    return tracer
sys.settrace(tracer)
a < b
sys.settrace(None)
print(events)
