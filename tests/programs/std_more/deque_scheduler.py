# A round-robin task scheduler over deques of generators, with rotate, a bounded log and reversed.
from collections import deque


def task(name, steps):
    for i in range(steps):
        yield f'{name}:{i}'


ready = deque([task('a', 3), task('b', 1), task('c', 2)])
log = deque(maxlen=4)
ticks = 0
while ready:
    t = ready.popleft()
    try:
        log.append(next(t))
        ready.append(t)
    except StopIteration:
        pass
    ticks += 1
print(ticks, list(log), log.maxlen)
print(list(reversed(log)), log.index('c:1') if 'c:1' in log else None)

history = deque()
for cmd in ['open', 'edit', 'save', 'edit', 'close']:
    history.appendleft(cmd)
print(history, history.count('edit'))
history.rotate(-2)
print(history)
history.remove('edit')
history.extendleft(['undo', 'redo'])
print(history, len(history), history[1], history[-2])
history.reverse()
print(history)
pairs = deque(zip('xyz', range(3)))
print(dict(pairs), pairs.pop(), pairs.popleft(), pairs)
copied = history.copy()
copied.clear()
print(len(history), len(copied), copied == deque(), bool(copied))
print(deque('abc') + deque('de'), deque('ab') * 2, deque([1, 2]) > deque([1]))
