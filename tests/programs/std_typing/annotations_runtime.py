from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Protocol, Union, cast, overload, NewType, final, get_type_hints

if TYPE_CHECKING:
    print('never printed')
print(TYPE_CHECKING)

def process(items: List[int], scale: float = 1.0, label: Optional[str] = None) -> Dict[str, float]:
    return {label or 'total': sum(items) * scale}
print(process([1, 2, 3], 2), process.__annotations__)
print(get_type_hints(process))

def apply(f: Callable[[int], int], x: 'int') -> 'int':
    return f(x)
print(apply(lambda v: v + 1, 41), get_type_hints(apply))

class Greeter(Protocol):
    def greet(self, name: str) -> str: ...

class English:
    def greet(self, name: str) -> str:
        return 'Hello, ' + name

class Loud(Greeter):
    def greet(self, name):
        return name.upper() + '!'

def welcome(g: Greeter) -> str:
    return g.greet('world')
print(welcome(English()), welcome(Loud()))

UserId = NewType('UserId', int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId.__name__, UserId.__supertype__)
print(cast(str, 12), cast('List[int]', [1]))

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(4), double('ab'))

@final
class Leaf:
    pass
print(Leaf.__final__)

class Account:
    owner: str
    balance: float = 0.0
    history: 'List[float]'
print(Account.__annotations__, get_type_hints(Account))
def untyped(a, b):
    return a
print(untyped.__annotations__, get_type_hints(untyped))
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print(type(e).__name__, e)
