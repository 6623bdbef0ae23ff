from _pkg.star_all import *
print(public, _semi, Klass.__name__)
try:
    other
except NameError as e:
    print(type(e).__name__, e)
import _pkg.star_all as m
print(m.__all__, m.other)
print(sorted(n for n in dir() if not n.startswith('__')))
