from enum import Enum

class Suit(Enum):
    HEARTS = 'H'
    SPADES = 'S'

print([s.value for s in Suit])
print(Suit('H'))
print(Suit('X'))
