from collections import deque

last3 = deque(maxlen=3)
for i in range(7):
    last3.append(i)
    print(list(last3))
print(last3, last3.maxlen)
last3.appendleft(-1)
print(last3)
last3.extend('xy')
print(last3)
last3.extendleft('ab')
print(last3)
print(deque([1, 2, 3], maxlen=0), deque(range(10), maxlen=4))
print(deque().maxlen)

def tail(lines, n):
    return list(deque(lines, maxlen=n))
text = "one two three four five six".split()
print(tail(text, 2), tail(text, 10))

def moving_average(values, window):
    buf = deque(maxlen=window)
    out = []
    for v in values:
        buf.append(v)
        out.append(round(sum(buf) / len(buf), 2))
    return out
print(moving_average([10, 20, 30, 40, 50, 60], 3))

full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 9)
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque([], maxlen=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    deque([], maxlen='3')
except TypeError as e:
    print(type(e).__name__, e)
try:
    full.maxlen = 5
except AttributeError as e:
    print(type(e).__name__)
# palindromes via deque
def is_pal(s):
    dq = deque(c for c in s.lower() if c.isalnum())
    while len(dq) > 1:
        if dq.popleft() != dq.pop():
            return False
    return True
for s in ['Racecar', 'A man, a plan, a canal: Panama', 'hello', '']:
    print(repr(s), is_pal(s))
