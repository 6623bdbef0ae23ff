def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ':', e)

a = [5, 3, 8, 1]
a.append(9); a.insert(0, 7); a.insert(-1, 4); a.insert(100, 6)
print(a, len(a), a.index(8), a.count(3))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(8); a.extend(range(3)); a.extend('xy'); print(a)
a.reverse(); print(a)
b = [3, 1, 2]
b.sort(reverse=True); print(b)
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd')]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted([3.5, 1, 2.25, -1]), sorted([[2, 1], [1, 5], [1, 2]]))
x = list(range(10))
print(x[2:7], x[::3], x[::-2], x[-3:], x[:-8], x[5:2], x[100:], x[-100:2])
x[2:5] = ['a', 'b']; print(x)
x[::2] = [0] * 5; print(x)
del x[1:3]; print(x)
del x[::3]; print(x)
x[:] = []; print(x)
y = [1, 2]; y += (3, 4); y *= 2; print(y, y * 0, 2 * [0], [1] + [2])
r = [1]; r.append(r); print(r, [[]] * 2)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2.0], [] != [])
err(lambda: [].pop())
err(lambda: [1].pop(5))
err(lambda: [1, 2].index(3))
err(lambda: [1].remove(2))
err(lambda: [1, 2][5])
idx = 'a'; err(lambda: [1, 2][idx])
err(lambda: [1] + (2,))
err(lambda: [1] * 2.0)
err(lambda: [3, 'a'].sort())
def setbad():
    z = [1, 2, 3]
    z[::2] = [1]
err(setbad)
def assign_oob():
    z = [1]
    z[3] = 0
err(assign_oob)
c = [1, 2, 3]
print(c.copy(), c.clear(), c, list('abc'), list((1, 2)), list({'k': 1}))
print(list(reversed([1, 2, 3])), [i * i for i in range(5) if i % 2])
big = list(range(1000, 0, -1)); big.sort(); print(big[:5], big[-3:])
s = sorted([(i % 7, i) for i in range(50)], key=lambda t: t[0]); print(s[:8])
print(max([3, 9, 2]), min([3, 9, 2]), sum([1, 2, 3]), [0] * 3 == [0, 0, 0])
