import sys
X = 'main x'
mod = type(sys)('_loop')
sys.modules['_loop'] = mod
exec("from __main__ import X\nprint('inside', X)", mod.__dict__)
try:
    from __main__ import NOT_YET
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0], e.name)
NOT_YET = 1
from __main__ import NOT_YET
print(NOT_YET)
