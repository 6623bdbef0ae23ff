for stmt in ['import _no_such_mod', 'import _no_such_mod.sub', 'import _pkg.nope',
             'import _pkg.sub.nope.deeper', 'import _simple.x', 'import _pkg.mod_a.y',
             'from _no_such_mod import z', 'from _pkg.nope import z', 'import _nsdir_missing as q']:
    try:
        exec(stmt)
    except ModuleNotFoundError as e:
        print(stmt, '->', type(e).__name__, e, e.name, e.path)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import _no_such_mod
except ImportError as e:
    print('caught as ImportError:', type(e).__name__, e.msg)
import sys
print('_no_such_mod' in sys.modules, '_pkg.nope' in sys.modules, '_pkg' in sys.modules)
