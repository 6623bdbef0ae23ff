import operator
print(operator.add(1, 2))
print(operator.itemgetter(0)('xyz'))
operator.itemgetter(3)([1, 2])
