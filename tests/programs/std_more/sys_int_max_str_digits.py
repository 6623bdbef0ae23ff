# sys.get/set_int_max_str_digits, sys.flags and sys.int_info; int<->str limits; uncaught at the end.
import sys
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits, sys.int_info)
print(sys.flags)
print(sys.flags[0], len(sys.flags), sys.flags.optimize, sys.flags.dev_mode, type(sys.flags).__name__, isinstance(sys.flags, tuple))
big = 7 ** 6000
try:
    str(big)
except ValueError as e:
    print('ValueError:', e)
try:
    int('9' * 4301)
except ValueError as e:
    print('ValueError:', e)
print(len(str(10 ** 4299)), len(hex(big)) > 4300)
for bad in [100, 639, -1, 'x', 2 ** 70]:
    try:
        sys.set_int_max_str_digits(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    sys.set_int_max_str_digits()
except TypeError as e:
    print('TypeError:', e)
sys.set_int_max_str_digits(maxdigits=640)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
try:
    print(str(10 ** 640))
except ValueError as e:
    print('ValueError:', e)
sys.set_int_max_str_digits(0)
print(len(str(big)), str(big)[:20], int('1' * 5000) % 97)
sys.set_int_max_str_digits(4300)
try:
    f'{big}'
except ValueError as e:
    print('f-string', e)
print(repr(10 ** 4300 - 1)[:5] if False else 'skip')
sys.set_int_max_str_digits(1000)
print(len(str(10 ** 999)))
str(10 ** 1000)
