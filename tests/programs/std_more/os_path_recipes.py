# Pure os.path helpers used by real scripts: extensions, grouping files, safe joins.
import os
from collections import defaultdict

files = ['src/main.py', 'src/util/helpers.py', 'README.md', 'docs/index.md', 'build/out.tar.gz',
         '.gitignore', 'src/util/__init__.py', 'data/raw.csv', 'data/clean.csv']
by_ext = defaultdict(list)
for f in files:
    by_ext[os.path.splitext(f)[1] or '<none>'].append(os.path.basename(f))
for ext in sorted(by_ext):
    print(ext, by_ext[ext])
tree = defaultdict(list)
for f in files:
    tree[os.path.dirname(f) or '.'].append(os.path.basename(f))
for d in sorted(tree):
    print(d, '->', ', '.join(sorted(tree[d])))
print(os.path.commonpath([f for f in files if f.startswith('src')]))
for f in files:
    root, ext = os.path.splitext(f)
    if ext == '.py':
        print(f, '->', root + '.pyc', os.path.join('cache', *os.path.split(root)) + '.pyc')


def safe_join(base, *parts):
    target = os.path.normpath(os.path.join(base, *parts))
    if os.path.commonpath([base, target]) != base:
        raise ValueError(f'escapes {base}: {target}')
    return target


print(safe_join('/srv/app', 'static', 'css/site.css'))
for bad in [('..', 'etc', 'passwd'), ('/etc/passwd',), ('a', '../../x')]:
    try:
        safe_join('/srv/app', *bad)
    except ValueError as e:
        print('ValueError:', e)
print(os.path.join('/srv/app', 'a/./b/../c'), os.path.normpath('/srv/app/a/./b/../c'))
print(os.path.relpath('/srv/app/static/img/x.png', '/srv/app/templates'))
print(os.path.split('/srv/app/'), os.path.basename('/srv/app/'), os.path.dirname('app'))
print(sorted(os.path.splitext(p)[0].replace(os.sep, '.') for p in files if p.endswith('.py')))
