import operator as op
for a, b in [(12, 10), (-12, 3), (2**65, 2**64 + 1), (True, False)]:
    print(op.and_(a, b), op.or_(a, b), op.xor(a, b), op.lshift(a, 3), op.rshift(a, 1), op.inv(a), op.invert(b))
print(op.lt(1, 2), op.le(2, 2), op.eq('a', 'a'), op.ne(1, 1.0), op.gt([2], [1, 5]), op.ge((1, 2), (1, 2)))
print(op.eq(1, 'a'), op.ne(None, 0), op.lt(1.5, 2), op.gt('b', 'abc'))
print(op.not_(0), op.not_([1]), op.truth(''), op.truth('x'), op.is_(None, None), op.is_not([], []), op.is_(op, op))
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return ('lt', self.v, o.v)
    def __eq__(self, o): return 'eq-called'
print(op.lt(V(1), V(2)), op.eq(V(1), V(3)), op.gt(V(5), V(4)))
for f, args in [(op.lt, (1, 'a')), (op.lshift, (1, -1)), (op.and_, (1.5, 1)), (op.ge, ([1], (1,))), (op.invert, (1.5,))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
