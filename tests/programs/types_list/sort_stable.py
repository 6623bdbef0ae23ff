# sort/sorted: stability, key, reverse, key errors and comparisons of mixed types.
records = [('bob', 25, 'NY'), ('alice', 30, 'LA'), ('carol', 25, 'SF'), ('dave', 30, 'NY'), ('eve', 22, 'LA'), ('frank', 25, 'LA')]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (r[2], -r[1])))
by_city = sorted(records, key=lambda r: r[2])
print([r[0] for r in sorted(by_city, key=lambda r: r[1])])
words = 'The quick brown fox Jumps over the Lazy dog'.split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted('hello'), sorted({3: 'a', 1: 'b'}), sorted((2.5, 1, True)), sorted([]), sorted(range(5), key=lambda x: -x))
nums = [5, -3, 2, -8, 0, 7]
nums.sort(key=abs)
print(nums)
for bad in [[1, 'a', 2], [None, None], [[1], (1,)], [1j, 2j]]:
    try:
        sorted(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: x.nope)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].sort(reversed=True)
except TypeError as e:
    print(type(e).__name__, e)
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'V{self.v}'
print(sorted([V(3), V(1), V(2)]), min(V(3), V(1)), max([V(3), V(5)]))
