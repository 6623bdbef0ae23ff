def show(e):
    print(type(e).__name__, repr(e), '|', str(e), '|', e.args)

show(ValueError())
show(ValueError('bad'))
show(ValueError('a', 2))
show(KeyError('k'))
show(KeyError())
show(KeyError('a', 'b'))
show(StopIteration(5))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
e = OSError(2, 'No such file or directory', 'x.txt')
print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args, isinstance(e, FileNotFoundError))
print(OSError('plain'), OSError(13, 'Permission denied'), type(OSError(13, 'Permission denied', 'f')).__name__)
s = SyntaxError('invalid syntax', ('f.py', 3, 5, 'x = = 1\n'))
print(s, s.msg, s.filename, s.lineno, s.offset, repr(s.text))
print(ImportError('no mod', name='m').name, ImportError('no mod').msg, NameError('x', name='y').name)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(RecursionError, RuntimeError), issubclass(TabError, SyntaxError), issubclass(BrokenPipeError, OSError), IOError is OSError)
print([c.__name__ for c in (BaseException, Exception, GeneratorExit, KeyboardInterrupt, UserWarning, DeprecationWarning)])
class MyError(ValueError):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
try:
    raise MyError(7)
except ValueError as err:
    print(type(err).__name__, err, err.code, err.args, repr(err))
class Plain(Exception):
    pass
p = Plain('x', 1); p.extra = 5
print(repr(p), str(p), p.extra, isinstance(p, Exception))
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise RuntimeError('wrapped') from inner
except RuntimeError as outer:
    print(repr(outer.__cause__), outer.__suppress_context__, repr(outer.__context__))
try:
    try:
        {}['k']
    except KeyError:
        raise ValueError('during')
except ValueError as v:
    print(repr(v.__context__), v.__cause__, v.__suppress_context__)
e2 = Exception('a')
print(e2.with_traceback(None) is e2, e2.__traceback__)
e2.args = ('new', 'args'); print(e2)
try:
    raise KeyError('x') from None
except KeyError as k:
    print(k.__suppress_context__, k.__cause__)
try:
    Exception(x=1)
except TypeError as t:
    print(t)
print(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'))
