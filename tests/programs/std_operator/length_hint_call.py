import operator as op
class Hint:
    def __init__(self, v): self.v = v
    def __length_hint__(self): return self.v
class Sized:
    def __len__(self): return 4
    def __length_hint__(self): return 99
class NoHint:
    pass
class NI:
    def __length_hint__(self): return NotImplemented
print(op.length_hint([1, 2, 3]), op.length_hint('abcd'), op.length_hint({}), op.length_hint(Hint(7)), op.length_hint(Sized()))
print(op.length_hint(NoHint()), op.length_hint(NoHint(), 12), op.length_hint(NI(), 3), op.length_hint(5, 2))
for args in [(Hint(-1),), (Hint('x'),), (NoHint(), 'a'), ()]:
    try:
        print(op.length_hint(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(op.call(len, 'abc'), op.call(max, 1, 5, 3), op.call(sorted, [3, 1], reverse=True), op.call(dict, a=1))
print(op.__call__(abs, -4))
try:
    op.call()
except TypeError as e:
    print(type(e).__name__, e)
