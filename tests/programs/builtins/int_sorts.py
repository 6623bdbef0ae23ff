# Sorting ints (small, 32-bit and wide), with and without keys, reversed, with ties (stability),
# bools among ints: the typed-array paths must give CPython's order.
import random
random.seed(5)
for n in (0, 1, 5, 17, 100, 1000):
    for gen in (lambda: random.randint(-10, 10), lambda: random.randint(-2**40, 2**40), lambda: random.randint(-2**31, 2**31 - 1)):
        l = [gen() for _ in range(n)]
        a = sorted(l); b = list(l); b.sort(); c = sorted(l, reverse=True)
        assert a == b and all(a[i] <= a[i + 1] for i in range(len(a) - 1)) and c == a[::-1], (n,)
        print(n, a[:3], a[-3:], c[:2], type(a[0]).__name__ if a else None)
print(sorted([3, True, 2, False, 1]))
print(sorted([2**60, 5, -2**60, 0]))
print(sorted([0, -0, 0]), sorted([-1, -0, 1]))
words = ["%s%d" % ("ab" * (i % 5), i) for i in range(300)]
random.shuffle(words)
print(sorted(words, key=len)[:10], sorted(words, key=len, reverse=True)[:5])
print(sorted(range(50), key=lambda i: -(i % 7))[:20])
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=lambda t: t[0]))
big = list(range(3000)); random.shuffle(big)
print(sorted(big, key=lambda v: v // 10)[:15])
print(sorted([5, 3, 2**40, -2**35], key=lambda v: v))
l = [1, 2, 3]; l.sort(key=lambda v: -v); print(l)
