# operator functions as building blocks for map/sorted/reduce-style code
import operator as op
from itertools import accumulate, starmap
print(list(map(op.add, [1, 2, 3], [10, 20, 30])), list(map(op.neg, range(4))), list(starmap(op.pow, [(2, 3), (3, 3)])))
print(list(accumulate(range(1, 7), op.mul)), list(filter(op.truth, [0, 1, '', 'x', None])), list(map(op.itemgetter(0), ['ab', 'cd'])))
inventory = [('apple', 3), ('banana', 2), ('pear', 5), ('orange', 1)]
getcount = op.itemgetter(1)
print(list(map(getcount, inventory)), sorted(inventory, key=getcount), max(inventory, key=getcount))
def reduce(f, seq, init):
    acc = init
    for x in seq:
        acc = f(acc, x)
    return acc
print(reduce(op.add, range(10), 0), reduce(op.mul, range(1, 8), 1), reduce(op.or_, [1, 2, 4, 8], 0), reduce(op.concat, [[1], [2], [3]], []))
table = {'+': op.add, '-': op.sub, '*': op.mul, '/': op.truediv, '**': op.pow, '//': op.floordiv, '%': op.mod}
for sym in ['+', '-', '*', '/', '**', '//', '%']:
    print(7, sym, 3, '=', table[sym](7, 3))
print(sorted(['b', 'A', 'c'], key=op.methodcaller('lower')), sorted([3 + 1j, 1 - 5j], key=op.attrgetter('imag')))
