import importlib
import _reload_me
print(_reload_me.STAMP, _reload_me.loads)
first = _reload_me
again = importlib.reload(_reload_me)
print(again is first, again.STAMP, again.loads)
_reload_me.extra = 'kept'
importlib.reload(_reload_me)
print(_reload_me.STAMP, _reload_me.extra)
import sys
print(importlib.reload(sys) is sys)
try:
    importlib.reload('not a module')
except TypeError as e:
    print(type(e).__name__, e)
m = type(sys)('_orphan')
try:
    importlib.reload(m)
except ImportError as e:
    print(type(e).__name__, e)
