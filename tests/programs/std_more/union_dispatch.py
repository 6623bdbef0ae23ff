# Dispatching on X | Y unions: isinstance with unions, nested unions, None, and the generic refusal.
from collections import deque
import types

Number = int | float
Text = str | bytes
Seq = list | tuple | deque


def kind(v):
    if isinstance(v, bool):
        return 'bool'
    if isinstance(v, Number):
        return 'number'
    if isinstance(v, Text | None):
        return 'text-or-none'
    if isinstance(v, Seq):
        return 'sequence'
    return 'other'


for v in [1, 2.5, True, 'a', b'b', None, [1], (2,), deque([3]), {}]:
    print(repr(v), kind(v))
print(Number, Text | None, Seq, type(Seq) is types.UnionType)
print(Number.__args__, (Number | Text).__args__, Number | float == Number, Number == (float | int))
print(issubclass(bool, Number), issubclass(dict, Seq), isinstance(3, (str, Number)))
u = int | list[str]
print(u, isinstance(3, u))
for probe in [lambda: isinstance(['x'], u), lambda: issubclass(list, u), lambda: int | 'x', lambda: u[int]]:
    try:
        probe()
    except TypeError as e:
        print('TypeError:', e)
print({Number: 'n', float | int: 'again'})
