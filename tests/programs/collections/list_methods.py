l = [3, 1, 4]
l.append(1); print(l)
l.extend([5, 9]); print(l)
l.insert(0, 'first'); print(l)
l.insert(100, 'end'); print(l)
print(l.pop(), l.pop(0), l)
l.remove(1); print(l)
print(l.index(4), l.count(1), l.count(99))
l.reverse(); print(l)
l.sort(); print(l)
c = l.copy(); c.append(0); print(l, c)
l.clear(); print(l, len(l))
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1].remove(2)
except ValueError as e:
    print('ValueError:', e)
try:
    [1, 2].index(5)
except ValueError as e:
    print('ValueError:', e)
