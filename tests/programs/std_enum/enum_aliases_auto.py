from enum import Enum, auto, unique

class Status(Enum):
    ACTIVE = 1
    INACTIVE = 2
    ENABLED = 1
    DISABLED = 2
print(list(Status), Status.ENABLED, Status.ENABLED is Status.ACTIVE, Status(2))
print(list(Status.__members__.items()))
print([n for n, m in Status.__members__.items() if m.name != n])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print(type(e).__name__, e)

class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()
    THU = auto()
    FRI = auto()
print([(d.name, d.value) for d in Weekday])

class Mixed(Enum):
    A = 10
    B = auto()
    C = 20
    D = 25
    E = auto()
print(list(Mixed))

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    NORTH = auto()
    SOUTH = auto()
print(list(Named), Named('south1'))

@unique
class Fine(Enum):
    X = 1
    Y = 2
print(Fine.X, list(Fine))
print(auto().value is not None)
