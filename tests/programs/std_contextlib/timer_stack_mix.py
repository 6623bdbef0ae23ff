from contextlib import contextmanager, ExitStack, suppress
from collections import deque

events = deque(maxlen=6)

@contextmanager
def step(name):
    events.append('start ' + name)
    try:
        yield len(events)
    except ZeroDivisionError:
        events.append('div0 in ' + name)
    finally:
        events.append('end ' + name)

with step('load') as n:
    print('events at enter', n)
with step('compute'):
    1 / 0
with ExitStack() as stack:
    for name in ('a', 'b'):
        stack.enter_context(step(name))
print(list(events), events.maxlen)
results = []
for v in ['1', 'x', '3', None]:
    with suppress(ValueError, TypeError):
        results.append(int(v))
print(results)
