import _simple
print(_simple.VALUE, _simple.counter)
print(_simple.bump(), _simple.bump(), _simple.counter)
print(_simple.Thing(3), type(_simple.Thing(1)).__module__)
print(type(_simple).__name__, _simple.__name__)
print(_simple._private)
print(_simple.__doc__)
import _simple
print(_simple.counter, 'still the same module')
import _simple as again
print(again is _simple, again.counter)
try:
    _simple.nothing_here
except AttributeError as e:
    print(type(e).__name__, e)
_simple.added = 'added later'
import _simple as third
print(third.added)
print(sorted(n for n in dir(_simple) if not n.startswith('__')))
