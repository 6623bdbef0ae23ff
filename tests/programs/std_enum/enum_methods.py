from enum import Enum

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)
    MARS = (6.421e+23, 3.3972e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

for p in Planet:
    print('%-8s %.3e %10.1f %6.2f' % (p.name, p.mass, p.radius, p.surface_gravity))
print(Planet.EARTH.value, Planet((6.421e+23, 3.3972e6)))

class Op(Enum):
    ADD = '+'
    SUB = '-'
    MUL = '*'

    def apply(self, a, b):
        if self is Op.ADD:
            return a + b
        if self is Op.SUB:
            return a - b
        return a * b

    @classmethod
    def parse(cls, sym):
        return cls(sym)

    @staticmethod
    def symbols():
        return ''.join(o.value for o in Op)

    def __str__(self):
        return 'Op(%s)' % self.value

print([o.apply(6, 3) for o in Op], Op.parse('*'), Op.symbols(), str(Op.SUB), repr(Op.SUB))

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

    def describe(self):
        return self.name.lower(), self.value

    @property
    def sides(self):
        return {2: 4, 1: 4, 3: 0}[self.value]

print([s.describe() for s in Shape], Shape.ALIAS_FOR_SQUARE.sides, Shape.CIRCLE.sides)

class Ordered(Enum):
    LOW = 1
    MID = 2
    HIGH = 3
    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented
print(sorted([Ordered.HIGH, Ordered.LOW, Ordered.MID]), Ordered.LOW < Ordered.HIGH, max(Ordered, key=lambda o: o.value))
