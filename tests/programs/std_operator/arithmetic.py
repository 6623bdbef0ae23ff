import operator as op
pairs = [(7, 2), (-7, 2), (7.5, 2), (2**70, 3), (True, 5), (3, 0.5)]
for a, b in pairs:
    print(a, b, op.add(a, b), op.sub(a, b), op.mul(a, b), op.truediv(a, b), op.floordiv(a, b), op.mod(a, b), op.pow(a, b) if b < 10 else None)
print(op.neg(5), op.neg(-2.5), op.pos(-3), op.abs(-7), op.abs(-2.5), op.abs(3 - 4j), op.index(10), op.index(True))
print(op.add('ab', 'cd'), op.mul([0], 3), op.mul(3, 'x'), op.matmul.__name__ if hasattr(op.matmul, '__name__') else 'matmul')
for f, args in [(op.truediv, (1, 0)), (op.floordiv, (1, 0)), (op.mod, (5, 0)), (op.add, (1, 'a')), (op.mul, ('a', 'b')), (op.neg, ('x',)), (op.index, (2.5,)), (op.pow, (0, -1)), (op.matmul, (1, 2))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
