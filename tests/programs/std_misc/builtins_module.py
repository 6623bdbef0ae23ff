import builtins
print(builtins.print is print, builtins.len is len, builtins.__name__, getattr(builtins, 'True', 'no True attr'))
print(builtins.int is int, builtins.ValueError is ValueError, hasattr(builtins, 'None_'))
names = ['abs', 'all', 'any', 'sorted', 'range', 'zip', 'map', 'filter', 'isinstance', 'Exception', 'KeyError', 'object', 'type', 'super', 'property']
print([hasattr(builtins, n) for n in names])
print(builtins.sum([1, 2, 3]), builtins.max('abc'), builtins.abs(-2))
def shout(*args, **kw):
    builtins.print(*[str(a).upper() for a in args], **kw)
shout('hello', 'world', sep='-')
import keyword, itertools, operator, json, math, random, time, cmath
print([m.__name__ for m in (keyword, itertools, operator, json, math, random, time, cmath)])
