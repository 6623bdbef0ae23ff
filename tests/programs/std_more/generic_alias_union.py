# list[int], dict[str, int], type[int] (types.GenericAlias) and int | None (types.UnionType): repr, args, errors.
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: list[int][str])
t(lambda: list[int].__parameters__)
t(lambda: type(list[int]))
t(lambda: list[int] == list[int]); t(lambda: list[int] == list); t(lambda: hash(list[int]) == hash(list[int])); t(lambda: list[int] != dict[int, int])
t(lambda: list[int]('ab')); t(lambda: list[int].__name__); t(lambda: list[int].__class__)
t(lambda: dict[str, list[int]]); t(lambda: tuple[()]); t(lambda: tuple[int, ...].__args__); t(lambda: list[[int, str]])
t(lambda: issubclass(list, list[int])); t(lambda: isinstance([], list[int]))
class A(list[int]): pass
t(lambda: A.__mro__); t(lambda: A.__orig_bases__)
t(lambda: list['X']); t(lambda: list[3]); t(lambda: list[None])
t(lambda: list.__class_getitem__(int)); t(lambda: list[int].__origin__ is list)
import collections; t(lambda: collections.deque[int]); t(lambda: type[int].__args__)
def f(x: list[int]) -> dict[str, int]: pass
t(lambda: f.__annotations__)
t(lambda: list[int].__mro_entries__((list[int],)))
t(lambda: list[int].__unpacked__)
t(lambda: int[int])
t(lambda: list[int, str])
t(lambda: isinstance(1, int | list[int]))
t(lambda: isinstance([], int | list[int]))
t(lambda: issubclass(int, int | str))
t(lambda: int | int); t(lambda: int | str | int); t(lambda: (int | str) | (str | float)); t(lambda: (int | str) == (str | int)); t(lambda: hash(int|str) == hash(str|int))
t(lambda: (int | None).__args__); t(lambda: None | int); t(lambda: int | 'str'); t(lambda: int | 3); t(lambda: type(int | str)); t(lambda: list[int] | dict[str, int]); t(lambda: list[int] | list[int])
t(lambda: (int | str)[int]); t(lambda: isinstance(None, int | None)); t(lambda: isinstance(1.5, (int | str, float)))
class M(type):
    def __or__(cls, o): return 'M-or'
class C(metaclass=M): pass
t(lambda: C | int); t(lambda: int | C)
t(lambda: (int|str).__parameters__)
t(lambda: list[int] | None)
t(lambda: int | list)
def g(a: int | None = None) -> list[str] | None: pass
t(lambda: g.__annotations__)
import types
t(lambda: types.GenericAlias(list, (int,))); t(lambda: types.UnionType); t(lambda: isinstance(int | str, types.UnionType))
t(lambda: enumerate[str]); t(lambda: frozenset[int]); t(lambda: set[tuple[int, str]])
t(lambda: list[int]().__orig_class__)
class Box:
    def __class_getitem__(cls, item): return f'Box of {item}'
t(lambda: Box[int])
t(lambda: dict[str, int].fromkeys('ab', 0))
t(lambda: type[int] | None)
t(lambda: list[int].append)
