try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e.args, e.__traceback__ is not None, e.__cause__, e.__context__)
try:
    import_nonexistent = __import__('module_that_does_not_exist_xyz')
except ImportError as e:
    print(type(e).__name__, e.name, type(e).__mro__[1].__name__)
try:
    undefined_var_xyz
except NameError as e:
    print(type(e).__name__, e.name, e.args)
try:
    object().nope
except AttributeError as e:
    print(type(e).__name__, e.name, type(e.obj).__name__)
try:
    int('x')
except ValueError as e:
    print(type(e).__name__, e.args)
e = OSError(13, 'Permission denied', 'file.txt')
print(e.errno, e.strerror, e.filename, str(e), type(OSError(2, 'x')).__name__)
print(str(FileNotFoundError(2, 'No such file or directory', 'x.txt')))
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
ex = Exception('with note')
ex.add_note('a note')
print(ex.__notes__)
s = SyntaxError('bad', ('f.py', 1, 2, 'x y'))
print(s.msg, s.filename, s.lineno, s.offset, s.text)
