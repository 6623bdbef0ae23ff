for stmt in ['from _simple import nope', 'from _pkg import nope', 'from _pkg.sub.deep import NOPE',
             'from sys import nope', 'from _pkg.sub import SUB, nope']:
    try:
        exec(stmt)
    except ImportError as e:
        msg = str(e)
        print(stmt, '->', type(e).__name__, msg[:msg.index(' (')], e.name)
        print('   path:', None if e.path is None else e.path.split('/')[-1], msg[msg.index(' ('):].endswith('.py)'))
try:
    from sys import nope
except ImportError as e:
    print(e)
import builtins
try:
    from builtins import nope
except ImportError as e:
    print(e)
