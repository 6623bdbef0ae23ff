t = (1, 2, 3, 2)
print(t, t[1:], t.count(2), t.index(3), len(t), t + (4,), t * 2, 2 in t)
print((), (1,), tuple(), tuple('ab'), (1, (2, (3,))))
single = 5,
print(single, type(single).__name__)
a, b = t[:2]
print(a, b, max(t), min(t), sorted(t))
print((1, 2) < (1, 3), (2,) > (1, 9), (1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)))
