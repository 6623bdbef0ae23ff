from enum import IntEnum, StrEnum, Enum, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

print(Priority.LOW, repr(Priority.HIGH), str(Priority.MEDIUM), f'{Priority.HIGH}', '%d' % Priority.LOW, format(Priority.MEDIUM, '03d'))
print(Priority.LOW + 1, Priority.HIGH * 2, Priority.HIGH > Priority.LOW, Priority.MEDIUM == 5, Priority(10), int(Priority.MEDIUM))
print(sorted([Priority.HIGH, Priority.LOW, 3, Priority.MEDIUM]), list(Priority), isinstance(Priority.LOW, int))
print(['abc', 'def', 'ghi'][Priority.LOW], Priority.HIGH // 3, hex(Priority.HIGH), max(Priority))
tasks = [('write', Priority.LOW), ('fix', Priority.HIGH), ('test', Priority.MEDIUM)]
for name, pr in sorted(tasks, key=lambda t: t[1], reverse=True):
    print(name, pr.name, pr.value)

class Method(StrEnum):
    GET = auto()
    POST = auto()
    CUSTOM = 'x-custom'

print(Method.GET, repr(Method.POST), Method.CUSTOM, Method.GET == 'get', Method.GET.upper(), Method('post'), len(Method.CUSTOM))
print(' '.join(Method), sorted(Method), isinstance(Method.GET, str), f'[{Method.POST}]')

class Num(int, Enum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.TWO), Num.ONE + Num.TWO)
try:
    Priority(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    class BadStr(StrEnum):
        A = 5
except TypeError as e:
    print(type(e).__name__, e)
