import operator as op
l = [5, 1, 5, 2, 5]
print(op.concat([1], [2]), op.concat('ab', 'c'), op.concat((1,), (2,)), op.contains(l, 2), op.contains('abc', 'bc'), op.contains({'k': 1}, 'k'))
print(op.countOf(l, 5), op.countOf('banana', 'a'), op.countOf([], 1), op.indexOf(l, 2), op.indexOf('xyz', 'z'), op.indexOf(iter([3, 4]), 4))
print(op.getitem(l, 1), op.getitem(l, slice(1, 3)), op.getitem({'a': 7}, 'a'), op.getitem('hello', -1))
op.setitem(l, 0, 'first'); op.setitem(l, slice(1, 3), ['x']); print(l)
op.delitem(l, 0); op.delitem(l, slice(None, None, 2)); print(l)
d = {}
op.setitem(d, 'k', 1); op.setitem(d, (1, 2), 'tuple'); print(d)
op.delitem(d, 'k'); print(d)
for f, args in [(op.concat, (1, 2)), (op.concat, ([1], (2,))), (op.indexOf, ([1, 2], 3)), (op.countOf, (5, 1)), (op.getitem, ([1], 5)), (op.getitem, ({}, 'x')), (op.delitem, ([], 0)), (op.setitem, ((1,), 0, 2)), (op.contains, (1, 1))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
