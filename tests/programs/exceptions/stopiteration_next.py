it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e), e.args)
try:
    next(iter({}))
except StopIteration:
    print('empty dict iterator')
