from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.RED), str(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(1), Color['GREEN'], Color(3) is Color.BLUE, type(Color.RED), Color)
print(list(Color), len(Color), [c.name for c in Color], [c.value for c in reversed(Color)])
print(Color.RED in Color, isinstance(Color.GREEN, Color), Color.RED is Color.RED, Color.RED == Color.RED)
print(Color.RED == 1, Color.RED != Color.GREEN, hash(Color.RED) == hash(Color.RED))
print(Color.__members__)
print(list(Color.__members__), Color._member_names_)
print('%s and %r' % (Color.RED, Color.GREEN), f'{Color.BLUE}', '{:>12}|'.format(Color.RED), format(Color.GREEN))
lookup = {Color.RED: 'stop', Color.GREEN: 'go'}
print(lookup[Color.GREEN], lookup.get(Color.BLUE, '?'), sorted(lookup.values()))
print(sorted(Color, key=lambda c: -c.value))
print(Color.RED.__class__.__name__, Color.__name__)
try:
    Color(4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color['PURPLE']
except KeyError as e:
    print(type(e).__name__, e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print(type(e).__name__, e)
try:
    Color.RED = 10
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color.PURPLE
except AttributeError as e:
    print(type(e).__name__, 'PURPLE' in str(e))
try:
    Color('RED')
except ValueError as e:
    print(type(e).__name__, e)
