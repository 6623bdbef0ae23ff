import builtins
original = builtins.__import__
seen = []


def logging_import(name, globals=None, locals=None, fromlist=(), level=0):
    if not name.startswith('_io'):
        seen.append((name, tuple(fromlist) if fromlist else fromlist, level))
    return original(name, globals, locals, fromlist, level)


builtins.__import__ = logging_import
import _simple
from _pkg import mod_a
from _pkg.sub import deep as d
import math
builtins.__import__ = original
import _pkg.mod_b
for entry in seen:
    print(entry)
print(len(seen), mod_a.A, d.DEEP)


def refuse(name, *args):
    raise ImportError('imports are disabled: ' + name)


builtins.__import__ = refuse
try:
    import json
except ImportError as e:
    print(type(e).__name__, e)
builtins.__import__ = original
del builtins.__import__
try:
    import _simple
except ImportError as e:
    print(type(e).__name__, e)
builtins.__import__ = original
import _simple
print(_simple.VALUE)
