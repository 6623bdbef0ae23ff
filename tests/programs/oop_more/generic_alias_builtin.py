# list[int], dict[str, int]…: types.GenericAlias from the builtin containers'
# __class_getitem__, as used in annotations, calls and base classes.
import collections
import types


def f(items: list[int], table: dict[str, list[int]]) -> tuple[int, ...]:
    return tuple(items)


print(f.__annotations__)
print(repr(tuple[()]), repr(list[...]), repr(dict[str, list[int]]), repr(list["x"]), repr(list[None]), repr(list[1]))
print(list[int], dict[str, int], set[str], frozenset[int], type[int], tuple[int, str])
alias = list[int]
print(type(alias), type(alias) is types.GenericAlias, alias.__class__)
print(alias.__origin__, alias.__args__, alias.__parameters__, dict[str, int].__args__)
print(alias.__name__, alias.__module__, alias.append is list.append)
print(alias == list[int], alias == list, alias != list[str], hash(alias) == hash(list[int]))
print(alias((1, 2)), dict[str, int](a=1), alias(), type(alias()))
print(isinstance(alias, type), isinstance([], list))
for thunk in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: list[int][str]):
    try:
        thunk()
    except TypeError as e:
        print("TypeError:", e)


class L(list[int]):
    pass


print(L.__mro__, L.__orig_bases__, L([3]))


class Sub(list):
    pass


print(Sub[int], collections.OrderedDict[str, int], collections.defaultdict[str, int])
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, str))
try:
    types.GenericAlias(list)
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)
try:
    n = 3
    n[int]
except TypeError as e:
    print("TypeError:", e)


def g():
    pass


print(list[g], list[Plain], dict[Plain, list[Plain]])
