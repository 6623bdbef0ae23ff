import sys
import _counter
import _counter
import _counter as c2
print(c2 is _counter, sys.modules['_counter'] is _counter)
del sys.modules['_counter']
import _counter as c3
print(c3 is _counter, c3.execs, _counter.execs)
print('_counter' in sys.modules)
def f():
    import _counter
    return _counter.execs
print(f())
print(type(sys.modules).__name__, 'sys' in sys.modules, 'builtins' in sys.modules)
print(sys.modules.get('_nope_never_imported'))
