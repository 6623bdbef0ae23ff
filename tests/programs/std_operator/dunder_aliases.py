import operator
names = ['abs', 'add', 'and', 'concat', 'contains', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index', 'inv', 'invert', 'ior', 'ipow', 'irshift', 'isub', 'itruediv', 'ixor', 'le', 'lshift', 'lt', 'matmul', 'mod', 'mul', 'ne', 'neg', 'not', 'or', 'pos', 'pow', 'rshift', 'setitem', 'sub', 'truediv', 'xor']
for n in names:
    print(n, hasattr(operator, '__%s__' % n), callable(getattr(operator, '__%s__' % n)))
print(operator.__add__(2, 3), operator.__not__(0), operator.__inv__(0), operator.__neg__(4), operator.__getitem__('ab', 0), operator.__contains__([1], 1))
for n in ['truth', 'is_', 'is_not', 'countOf', 'indexOf', 'length_hint', 'attrgetter', 'itemgetter', 'methodcaller', 'call', 'not_', 'and_', 'or_']:
    print(n, hasattr(operator, n))
print(hasattr(operator, '__truth__'), hasattr(operator, '__is__'))
