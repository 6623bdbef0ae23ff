import typing
from typing import (Any, List, Dict, Set, FrozenSet, Tuple, Optional, Union, Callable, Iterable,
                    Iterator, Sequence, Mapping, Type, Literal, ClassVar, Final, Generator, Deque, DefaultDict)

print(List, Dict, Set, Tuple, Callable, Any, Optional, Union)
print(List[int], Dict[str, float], Set[bytes], FrozenSet[int], Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Optional[str], Union[int, str], Union[int, None], Union[None, int], Union[int, int], Union[int, Union[str, float]])
print(Callable[[int, str], bool], Callable[[], None], Callable[..., int])
print(Iterable[int], Iterator[str], Sequence[List[int]], Mapping[str, Any], Type[int], Generator[int, None, None])
print(Literal['r', 'w'], Literal[1, True], ClassVar[int], Final[str], Deque[int], DefaultDict[str, list])
print(Dict[str, List[Tuple[int, Optional[str]]]])
print(Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str], Optional[int] == Union[int, None])
print(hash(List[int]) == hash(List[int]), typing.get_origin(List[int]), typing.get_origin(Dict[str, int]), typing.get_origin(int))
print(typing.get_args(Dict[str, int]), typing.get_args(Optional[int]), typing.get_args(Callable[[int], str]), typing.get_args(int))
print(typing.get_origin(Union[int, str]) is Union, typing.get_origin(Literal[1]) is Literal)
for bad in [lambda: List[int, str], lambda: Dict[int], lambda: Union[()], lambda: Callable[int]]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Any()
except TypeError as e:
    print(type(e).__name__, e)
try:
    List()
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(3, Union)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance([], List), issubclass(dict, Mapping), isinstance((1,), Sequence), isinstance(3, Optional[int]))
