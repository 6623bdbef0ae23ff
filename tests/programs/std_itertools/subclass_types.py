import itertools
class MyCount(itertools.count):
    pass
class MyChain(itertools.chain):
    def total(self):
        return sum(self)
c = MyCount(5, 5)
print(type(c).__name__, repr(c), next(c), next(c), isinstance(c, itertools.count))
print(MyChain([1, 2], [3]).total(), type(MyChain.from_iterable([[1]])).__name__)
print(type(itertools.count()).__name__, itertools.count.__name__, itertools.groupby.__name__)
for name in ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'starmap', 'takewhile', 'tee', 'zip_longest', 'product', 'permutations', 'combinations', 'combinations_with_replacement']:
    print(name, hasattr(itertools, name), callable(getattr(itertools, name)))
it = itertools.islice('abc', 2)
print(iter(it) is it, list(it))
try:
    class Bad(itertools.tee):
        pass
except TypeError as e:
    print(type(e).__name__)
