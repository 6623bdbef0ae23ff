print("hello", 1, 2.5, [1, 2], (1,), {'a': 1}, {1, 2}, range(3))
l = [3, 1, 2]
l.sort()
print(l, sorted([5, 4, 3], reverse=True), min(l), max(l, key=lambda x: -x))
d = {}
for i in range(5): d[i] = i * i
print(d, list(d.items()), d.get(9, 'no'))
print(list(enumerate('abc', 1)), list(zip([1, 2], 'ab')), list(map(str, [1, 2])))
try:
    [][1]
except IndexError as e:
    print(repr(e), e)
try:
    {}['x']
except KeyError as e:
    print(repr(e), str(e))
print(sum(range(101)), any([0, 1]), all([]), isinstance(1, (str, int)))
print(hex(255), bin(-5), oct(8), chr(65), ord('a'), divmod(7, -2), pow(2, 10), round(2.5))
s = set([1, 2, 3]) & {2, 3, 4}
print(s, frozenset([1]), s | {9}, {1, 2} < {1, 2, 3})
print(list(reversed([1, 2, 3])), list(range(10, 0, -3)), range(10)[2:8:2])
print([1, 2, 3][::-1], (1, 2, 3)[1:], [1] * 3, (0,) * 2)
x = [1, 2, 3, 4, 5]; x[1:3] = 'ab'; del x[::2]; print(x)
print(dict(a=1, b=2), dict([(1, 2)]), dict.fromkeys('ab', 0))
print(repr('x'), ascii('é'), format(3.14159, '.2f'), hash(1) == hash(1.0))
