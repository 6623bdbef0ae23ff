# for-loops over iterator classes whose __next__ is written in Python run it as a frame of
# the loop; a StopIteration leaving __next__ ends the loop, any other exception propagates.
import sys

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

print([x for x in Countdown(5)], sum(Countdown(4)), list(Countdown(0)))
total = 0
for a in Countdown(3):
    for b in Countdown(a):
        total += a * 10 + b
print(total)

for x in Countdown(10):
    if x == 7:
        break
print('broke at', x)

class Deep:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            return helper()
        return self.i

def helper():
    raise StopIteration('from a helper')

print(list(Deep()))

class Fails:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError('boom')

try:
    for x in Fails():
        pass
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print('KeyError', e, names)

class StopValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)
print(list(StopValue()))

def gen_over_class():
    for x in Countdown(3):
        yield x * 2
print(list(gen_over_class()))

try:
    for x in Countdown(3):
        if x == 1:
            raise ValueError('in body')
except ValueError as e:
    print('ValueError', e)

class GenNext:
    def __iter__(self):
        return self
    def __next__(self):
        yield 1
it = iter(GenNext())
print(type(next(it)).__name__)
for x in GenNext():
    print('first item is a', type(x).__name__)
    break

class BadNext:
    def __iter__(self):
        return self
    def __next__(self, extra):
        return 1
try:
    for x in BadNext():
        pass
except TypeError as e:
    print('TypeError:', e)

class Rec:
    def __iter__(self):
        return self
    def __next__(self):
        for x in self:
            return x
try:
    for x in Rec():
        pass
except RecursionError as e:
    print('RecursionError', e)

events = []
def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if name in ('__next__', 'traced'):
        if event == 'exception':
            events.append((name, event, arg[0].__name__, arg[1].args))
        else:
            events.append((name, event))
    return tracer

def traced():
    out = []
    for x in Countdown(2):
        out.append(x)
    return out

sys.settrace(tracer)
traced()
sys.settrace(None)
print([e for e in events if e[1] != 'line'])

for i, x in enumerate(Countdown(3)):
    print(i, x, end='; ')
print()
print(dict(zip('abc', Countdown(3))))
