from itertools import islice, count
s = 'ABCDEFG'
print(list(islice(s, 2)), list(islice(s, 2, 4)), list(islice(s, 2, None)), list(islice(s, 0, None, 2)), list(islice(s, 1, 6, 3)))
print(list(islice(s, None)), list(islice(s, None, 3)), list(islice(s, 3, 1)), list(islice(s, 100)), list(islice(s, 0)))
print(list(islice(count(), 5, 20, 5)), list(islice(range(100), 95, None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 2, 4)), list(it))
print(list(islice(s, 1, None, None)), list(islice(s, None, None, 3)))
for args in [(s,), (s, -1), (s, 'a'), (s, 1, -1), (s, -1, 3), (s, 0, 1, 0), (s, 0, 1, -1), (s, 1, 2, 3, 4), (s, 1.5), (5, 1)]:
    try:
        print(list(islice(*args)))
    except Exception as e:
        print(type(e).__name__, e)
