import sys
try:
    import _pkg.bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.split('/')[-1])
    print(e.filename.startswith('/'))
print('_pkg.bad_syntax' in sys.modules)
try:
    from _pkg import bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.msg)
import _pkg.bad_syntax
