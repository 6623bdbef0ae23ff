import sys


class Fake:
    attr = 'fake attr'

    def __repr__(self):
        return '<Fake>'


sys.modules['_virtual'] = Fake()
import _virtual
print(_virtual, _virtual.attr)
from _virtual import attr
print(attr)
try:
    from _virtual import missing
except ImportError as e:
    print(type(e).__name__, e)
sys.modules['_num'] = 42
import _num
print(_num, _num.real)
from _num import imag
print(imag)
try:
    from _num import nope
except ImportError as e:
    print(type(e).__name__, e)
sys.modules['_blocked'] = None
try:
    import _blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _blocked import x
except ImportError as e:
    print(type(e).__name__, e)
import _replacer
print(_replacer.kind, _replacer.anything)
print(type(sys.modules['_replacer']).__name__)
m = type(sys)('_made')
m.value = 'made by hand'
sys.modules['_made'] = m
from _made import value
print(value, m)
