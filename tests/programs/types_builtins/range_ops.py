# range: len, indexing, slicing, containment, count/index, repr, equality, reversed, big values.
r = range(3, 20, 4)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], r[::2], 7 in r, 8 in r, r.count(11), r.index(15), r.start, r.stop, r.step)
print(range(5), range(0), range(2, 2), list(range(10, 0, -3)), len(range(0, -10, -1)), range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 2), list(reversed(range(5))))
big = range(10 ** 20)
print(len(range(10 ** 6)), big[10 ** 19], 10 ** 19 in big, big[-1], range(-5, 5)[3:], hash(range(3)) == hash(range(0, 3)))
try:
    len(range(10 ** 20))
except OverflowError as e:
    print(type(e).__name__, e)
for f in [lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(5)[10], lambda: range(5).index(7), lambda: range('a'), lambda: range(), lambda: range(1, 2, 3, 4)]:
    try:
        print(f())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(1.0 in range(3), 'a' in range(3), range(3).count(1.0), sum(range(101)), max(range(7)), list(range(5))[::-1] == list(reversed(range(5))))
