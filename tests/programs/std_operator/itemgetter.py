from operator import itemgetter
g = itemgetter(1)
print(g('abc'), g([10, 20]), g({1: 'one'}), repr(g))
g2 = itemgetter(0, -1, slice(1, 3))
print(g2('hello'), repr(g2))
rows = [('bob', 30, 'x'), ('alice', 25, 'y'), ('carol', 30, 'a')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter('name'), [{'name': 'a'}, {'name': 'b'}])), max(rows, key=itemgetter(2)))
print(repr(itemgetter('k')), repr(itemgetter(1, 'a', None)), type(g).__name__)
for expr in ["itemgetter()", "itemgetter(5)([1])", "itemgetter('x')({})", "itemgetter(0)(5)", "g()", "g('a', 'b')", "itemgetter(1, k=2)"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
