# Built-in generics and X | None in real annotations: functions, dataclasses, class bases.
from collections import deque
from dataclasses import dataclass, field


@dataclass
class Inventory:
    items: dict[str, int] = field(default_factory=dict)
    history: list[tuple[str, int]] = field(default_factory=list)
    recent: deque[str] | None = None

    def add(self, name: str, qty: int = 1) -> int | None:
        self.items[name] = self.items.get(name, 0) + qty
        self.history.append((name, qty))
        if self.recent is not None:
            self.recent.append(name)
        return self.items[name]


inv = Inventory(recent=deque(maxlen=2))
for name in ['bolt', 'nut', 'bolt', 'gear']:
    inv.add(name)
print(inv)
print(Inventory.__annotations__)
print(Inventory.add.__annotations__)


def merge(a: dict[str, list[int]], b: dict[str, list[int]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {k: list(v) for k, v in a.items()}
    for k, v in b.items():
        out.setdefault(k, []).extend(v)
    return out


print(merge({'x': [1]}, {'x': [2], 'y': [3]}), merge.__annotations__['return'])


class Stack(list[int]):
    def push(self, v: int) -> None:
        self.append(v)


s = Stack()
s.push(3)
s.push(4)
print(s, type(s).__mro__, Stack.__orig_bases__)


def describe(x: int | str | None) -> str:
    if isinstance(x, int | None):
        return 'number or nothing'
    return 'text'


print([describe(v) for v in (1, None, 'a')], describe.__annotations__['x'])
Pair = tuple[int, int]
print(Pair, Pair((1, 2)), Pair.__origin__, Pair.__args__)
Matrix = list[list[float]]
print(Matrix, Matrix([[1.0]]))
try:
    isinstance([], Matrix)
except TypeError as e:
    print('TypeError:', e)
try:
    issubclass(list, int | Matrix)
except TypeError as e:
    print('TypeError:', e)
