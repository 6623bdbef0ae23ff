# Files and directories through os: makedirs, listdir, stat, walk both ways, rename, errors.
import os
base = '_tmp_os_tree'
os.makedirs(os.path.join(base, 'a', 'b'))
os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'a'))
except FileExistsError as e:
    print('FileExistsError', e)
os.mkdir(os.path.join(base, 'c'))
for name, text in [('a/x.txt', 'hello'), ('a/b/y.py', 'print(1)\n'), ('top.md', '# t\n'), ('c/z.bin', 'zz')]:
    with open(os.path.join(base, name), 'w') as f:
        f.write(text)
print(sorted(os.listdir(base)))
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base), os.path.exists(base + '/nope'))
print(os.path.isfile(os.path.join(base, 'top.md')), os.path.getsize(os.path.join(base, 'a/x.txt')))
st = os.stat(os.path.join(base, 'a', 'x.txt'))
print(st.st_size, st[6], type(st.st_mtime).__name__, len(st) == 10, os.path.getmtime(os.path.join(base, 'a/x.txt')) == st.st_mtime)
import stat
print(stat.S_ISDIR(os.stat(base).st_mode), stat.S_ISREG(st.st_mode), stat.filemode(os.stat(base).st_mode)[0])
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(root, dirs, sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    print('up', root, sorted(dirs), sorted(files))
print(os.path.relpath(os.path.join(base, 'a', 'b'), base))
print(os.path.abspath(base) == os.path.join(os.getcwd(), base))
print(os.path.realpath(base) == os.path.abspath(base))
os.rename(os.path.join(base, 'top.md'), os.path.join(base, 'TOP.md'))
print(sorted(os.listdir(base)))
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.remove(os.path.join(base, 'a'))
except OSError as e:
    print(type(e).__name__, e)
try:
    os.rename(os.path.join(base, 'gone'), os.path.join(base, 'there'))
except OSError as e:
    print(type(e).__name__, e, e.filename, e.filename2)
for root, dirs, files in os.walk(base, topdown=False):
    for f in files:
        os.remove(os.path.join(root, f))
    os.rmdir(root)
print(os.path.exists(base))
print(list(os.walk('_no_such_dir')))
errs = []
list(os.walk('_no_such_dir', onerror=errs.append))
print(type(errs[0]).__name__, errs[0].filename)
