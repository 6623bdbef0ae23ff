# Every list method, with CPython's error messages.
a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); a.extend([3, 5]); a.extend(range(2)); a.insert(0, 'x'); a.insert(-1, 'y'); a.insert(100, 'z'); a.insert(-100, 'w')
print(a, len(a), a.count(1), a.count(5), a.index(5), a.index(5, 7), a.index(1, 2, 6))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove('x'); a.remove('y')
print(a)
b = [n for n in a if isinstance(n, int)]
b.sort(); print(b)
b.sort(reverse=True); print(b)
b.reverse(); print(b, b.copy(), b.copy() is b)
b.clear(); print(b)
for f in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(1, 1), lambda: [].insert(), lambda: [1].pop('a'), lambda: [3, 'a'].sort()]:
    try:
        print(f())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
c = [1, 2]
c += (3, 4)
c += 'ab'
c *= 2
print(c, [0] * 3, 2 * [None], [[]] * 2, [] * 10, [1, 2] + [3], list('xyz'), list(range(3)), list({'k': 1}), list())
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
