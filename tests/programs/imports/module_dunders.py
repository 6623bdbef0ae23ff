import sys
print(__name__, __package__, __spec__)
print(__file__.endswith('module_dunders.py'))
print(__doc__)
print(type(__builtins__).__name__)
import _simple
print(_simple.__name__, repr(_simple.__package__))
print(_simple.__spec__.name, repr(_simple.__spec__.parent))
print(_simple.__spec__.origin.endswith('/_simple.py'), _simple.__spec__.has_location)
print(_simple.__file__.endswith('/_simple.py'), _simple.__file__.startswith('/'))
print(_simple.__doc__)
print(_simple.__loader__ is not None, hasattr(_simple, '__path__'))
print(sys.modules['__main__'].__name__, sys.modules[__name__] is sys.modules['__main__'])
print(_simple.__dict__ is vars(_simple), _simple.__dict__['VALUE'])
print(sys.__name__, sys.__spec__.name, sys.__package__)
print(sys.__spec__.origin, repr(sys), sys.__loader__.__name__)
import builtins
print(builtins.__spec__.name, builtins.__package__, repr(builtins))
