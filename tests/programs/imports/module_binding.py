import _simple
from _simple import VALUE
_simple.VALUE = 100
print(VALUE, _simple.VALUE)
from _simple import VALUE
print(VALUE)
from _simple import counter
_simple.bump()
print(counter, _simple.counter)
import _simple as alias
alias.new_name = 'shared'
print(_simple.new_name)
del _simple.new_name
print(hasattr(alias, 'new_name'))
try:
    del _simple.new_name
except AttributeError as e:
    print(type(e).__name__, e)
setattr(_simple, 'via_setattr', 1)
print(getattr(alias, 'via_setattr'), vars(_simple)['via_setattr'])
