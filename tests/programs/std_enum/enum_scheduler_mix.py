from enum import IntEnum, Enum, auto
from collections import deque, Counter
from dataclasses import dataclass, field

class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    URGENT = 3

class Kind(Enum):
    IO = auto()
    CPU = auto()

@dataclass(order=True)
class Job:
    priority: Priority
    name: str = field(compare=False)
    kind: Kind = field(compare=False, default=Kind.CPU)
    cost: int = field(compare=False, default=1)

jobs = [Job(Priority.LOW, 'backup', Kind.IO, 3), Job(Priority.URGENT, 'alert'), Job(Priority.NORMAL, 'report', cost=2),
        Job(Priority.URGENT, 'page', Kind.IO), Job(Priority.NORMAL, 'index', Kind.IO, 4)]
queues = {p: deque() for p in Priority}
for j in jobs:
    queues[j.priority].append(j)
order = []
while any(queues.values()):
    for p in sorted(Priority, reverse=True):
        if queues[p]:
            order.append(queues[p].popleft())
            break
print([(j.name, j.priority.name) for j in order])
print(Counter(j.kind.name for j in jobs), Counter(j.priority for j in jobs))
clock = 0
for j in order:
    clock += j.cost
    print('t=%2d %-7s %s %r' % (clock, j.name, j.kind, j.priority))
print(sorted(jobs)[0].name, max(jobs).priority, Priority.URGENT - Priority.LOW)
