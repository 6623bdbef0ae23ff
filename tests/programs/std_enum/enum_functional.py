from enum import Enum, IntEnum

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.CAT.value, Animal(1), repr(Animal))
Fruit = Enum('Fruit', ['APPLE', 'PEAR'])
print(list(Fruit))
Size = Enum('Size', [('S', 'small'), ('M', 'medium'), ('L', 'large')])
print(list(Size), Size('medium'), Size.L.value)
Codes = Enum('Codes', {'OK': 200, 'NOT_FOUND': 404})
print(Codes.OK, Codes(404), [c.value for c in Codes])
Level = IntEnum('Level', 'DEBUG INFO WARN', start=10)
print(list(Level), Level.INFO + 0, Level.WARN > Level.DEBUG)
Comma = Enum('Comma', 'A, B, C')
print([m.name for m in Comma])
print(Animal.__module__ == __name__, type(Animal.ANT).__name__)
try:
    Animal(9)
except ValueError as e:
    print(type(e).__name__, e)
