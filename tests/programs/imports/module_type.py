import sys
ModuleType = type(sys)
m = ModuleType('_made_up', 'a docstring')
print(m.__name__, m.__doc__, m.__package__, m.__spec__, m.__loader__)
print(m)
m.x = 1
print(sorted(vars(m)))
m2 = ModuleType('_nodoc')
print(m2.__doc__, repr(m2))
try:
    ModuleType()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ModuleType(5)
except TypeError as e:
    print(type(e).__name__, e)
sys.modules['_made_up'] = m
import _made_up
print(_made_up is m, _made_up.x)
try:
    m.missing
except AttributeError as e:
    print(type(e).__name__, e)
del m.__name__
try:
    m.missing
except AttributeError as e:
    print(type(e).__name__, e)
