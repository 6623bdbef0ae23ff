# len/min/max/sum/sorted/reversed/enumerate/zip on lists, and list methods as unbound functions.
xs = [4, 8, 15, 16, 23, 42]
print(len(xs), min(xs), max(xs), sum(xs), sum(xs, 100), sorted(xs, reverse=True), list(reversed(xs)), list(enumerate(xs, 1))[:2])
print(list.append, list.__len__(xs), list.count(xs, 8), list.index(xs, 15), [].__class__.__name__, list.__name__)
ys = xs.copy()
list.append(ys, 99)
list.reverse(ys)
print(ys, xs.__contains__(42), xs.__getitem__(-1), xs.__add__([1]), xs.__mul__(2)[:8], xs.__iadd__([7]) is xs, xs)
try:
    list.append((1, 2), 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance([], list), issubclass(list, object), [].__hash__ is None)
