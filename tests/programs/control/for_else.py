for i in range(3):
    print(i)
else:
    print('done', i)
for x in [1, 3, 5, 6, 7]:
    if x % 2 == 0:
        print('found even', x)
        break
else:
    print('no even')
for x in [1, 3, 5]:
    if x % 2 == 0:
        print('found even', x)
        break
else:
    print('no even')
for _ in []:
    print('never')
else:
    print('empty loop else')
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
    else:
        return -1
print(find('abc', 'c'), find('abc', 'z'))
