# os.path as posixpath: join/split/splitext/normpath/relpath edge cases, environ, errors.
import os, os.path
from os.path import join, split, splitext, basename, dirname, normpath, relpath, abspath, expanduser, commonpath, commonprefix
print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep, os.extsep, os.altsep, os.devnull)
print(os.path is __import__('posixpath'), os.path.__name__)
for args in [('a', 'b'), ('a/', 'b'), ('/a', '/b', 'c'), ('', 'x'), ('a', ''), ('a', '', ''), ('',)]:
    print(args, repr(join(*args)))
for p in ['a/b/c', '/a', '/', '//', 'a/', 'a//b', '///a//b/', '', 'abc']:
    print(repr(p), split(p), repr(basename(p)), repr(dirname(p)))
for p in ['a.txt', 'a.tar.gz', '.bashrc', '..a', 'a/.b', 'a.b/c', 'x.', '...', 'dir/..x.y', '']:
    print(repr(p), splitext(p))
for p in ['', '.', '..', 'a/../..', '/..', '//a', '///a', 'a/./b/../c/', '/a/b/../../..', 'a//b//', '../../x/../y', './.']:
    print(repr(p), repr(normpath(p)))
print(relpath('/a/b/c', '/a/d'), relpath('/a', '/a'), relpath('/x/y', '/'), relpath('a/b', 'a'))
print(commonpath(['/a/b/c', '/a/b/d', '/a/bc']), commonprefix(['/a/b/c', '/a/b/d', '/a/bc']), commonprefix([]))
print(abspath('/x/../y'), abspath('z') == join(os.getcwd(), 'z'))
print(expanduser('~/x') == join(os.environ['HOME'], 'x'), expanduser('~nobodyhere/x'), expanduser('x~'))
print(os.path.isabs('/a'), os.path.isabs('a'), os.path.splitdrive('/a/b'), os.path.normcase('A/B'))
os.environ['PYVM_T'] = 'v1'
print(os.environ['PYVM_T'], os.getenv('PYVM_T'), os.getenv('NOPE_X'), os.getenv('NOPE_X', 'd'), 'PYVM_T' in os.environ)
print(os.path.expandvars('$PYVM_T/${PYVM_T}/$NOPE_X/${NOPE_X}/$/${'))
del os.environ['PYVM_T']
print(os.environ.get('PYVM_T'))
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: join(1))
t(lambda: join('a', 1))
t(lambda: join('a', b'b'))
t(lambda: basename(None))
t(lambda: splitext(3))
t(lambda: os.getenv(1))
t(lambda: os.environ[1])
t(lambda: os.environ['NOPE_X'])
t(lambda: relpath(''))
t(lambda: commonpath([]))
t(lambda: commonpath(['/a', 'b']))
t(lambda: os.stat('nope.txt'))
t(lambda: os.listdir('nope_dir'))
t(lambda: os.remove('nope.txt'))
t(lambda: os.rmdir('nope'))
t(lambda: os.rename('nope1', 'nope2'))
t(lambda: os.mkdir('/'))
t(lambda: os.path.getsize('nope.txt'))
t(lambda: os.stat(5.0))
t(lambda: os.fspath(5))
t(lambda: os.listdir(3.5))
