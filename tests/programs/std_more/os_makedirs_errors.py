# makedirs/removedirs/renames and their errors, with a scratch tree removed at the end.
import os

root = '_tmp_makedirs'
deep = os.path.join(root, 'x', 'y', 'z')
os.makedirs(deep)
print(os.path.isdir(deep), sorted(os.listdir(root)))
for call in [lambda: os.makedirs(deep), lambda: os.mkdir(root), lambda: os.makedirs(os.path.join(root, 'x'), exist_ok=False)]:
    try:
        call()
    except FileExistsError as e:
        print('FileExistsError', e.errno, e.strerror, e.filename)
os.makedirs(deep, exist_ok=True)
with open(os.path.join(root, 'x', 'file.txt'), 'w') as f:
    f.write('data')
try:
    os.makedirs(os.path.join(root, 'x', 'file.txt', 'sub'), exist_ok=True)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.makedirs(os.path.join(root, 'x', 'file.txt'), exist_ok=True)
except FileExistsError as e:
    print('FileExistsError on file', e.errno)
os.renames(os.path.join(root, 'x', 'file.txt'), os.path.join(root, 'moved', 'deeper', 'file.txt'))
print(sorted(os.listdir(root)), os.listdir(os.path.join(root, 'moved', 'deeper')), os.path.exists(os.path.join(root, 'x')))
os.removedirs(deep)
print(os.path.exists(os.path.join(root, 'x')), os.path.exists(root))
os.remove(os.path.join(root, 'moved', 'deeper', 'file.txt'))
os.removedirs(os.path.join(root, 'moved', 'deeper'))
print(os.path.exists(root))
try:
    os.removedirs(root)
except FileNotFoundError as e:
    print('FileNotFoundError', e)
