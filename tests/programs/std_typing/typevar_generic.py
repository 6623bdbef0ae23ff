from typing import TypeVar, Generic, List, Optional, Iterator

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
N = TypeVar('N', int, float)
B = TypeVar('B', bound=str)
C = TypeVar('C', covariant=True)
print(T, K, N, B, C, N.__constraints__, B.__bound__, T.__name__, C.__covariant__)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def peek(self) -> Optional[T]:
        return self.items[-1] if self.items else None
    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))
    def __len__(self):
        return len(self.items)

s = Stack[int]()
for i in range(4):
    s.push(i * i)
print(s.pop(), s.peek(), list(s), len(s), type(s).__name__)
print(Stack[int], Stack[str], Stack.__parameters__, Stack[int] == Stack[int])

class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
    def swap(self) -> 'Pair[V, K]':
        return Pair(self.v, self.k)
    def __repr__(self):
        return 'Pair(%r, %r)' % (self.k, self.v)
print(Pair('a', 1).swap(), Pair[str, int], Pair.__parameters__)

class IntStack(Stack[int]):
    def total(self):
        return sum(self.items)
i = IntStack(); i.push(5); i.push(6)
print(i.total(), IntStack.__mro__[1].__name__, isinstance(i, Stack))

def first(xs: List[T]) -> T:
    return xs[0]
print(first([3, 2]), first.__annotations__)
try:
    TypeVar('X', int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Pair[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad(Generic[int]):
        pass
except TypeError as e:
    print(type(e).__name__, e)
