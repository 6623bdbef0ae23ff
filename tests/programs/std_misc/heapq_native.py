# heapq's primitives come from the native _heapq, as in CPython: builtin functions, the C
# argument checks and messages, `<` through __lt__ (with the comparisons it makes), the max-heap
# helpers, and the guard against a list resized by a comparison.
import heapq
import random


print(heapq.heappush, heapq.heappop.__module__, heapq.heapify.__name__)

rng = random.Random(5)
data = [rng.randrange(1000) for _ in range(300)]
h = []
for x in data:
    heapq.heappush(h, x)
out = [heapq.heappop(h) for _ in range(len(h))]
print(out == sorted(data), out[:8])

h = data[:]
heapq.heapify(h)
print(h[:10], all(h[(i - 1) // 2] <= h[i] for i in range(1, len(h))))
print(heapq.heapreplace(h, 500), heapq.heappushpop(h, -1), heapq.heappushpop(h, 2000), h[0])
print(heapq.heappushpop([], 7), heapq.nsmallest(4, data), heapq.nlargest(3, data, key=lambda v: -v))

m = data[:50]
heapq._heapify_max(m)
print(m[0] == max(m), heapq._heappop_max(m), heapq._heapreplace_max(m, -5), m[0])

calls = []


class Item:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return f"Item({self.v})"


h = []
for v in [5, 3, 8, 1, 9, 2]:
    heapq.heappush(h, Item(v))
print(h, len(calls))
print(heapq.heappop(h), heapq.heappop(h), calls[-4:])

tuples = [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]
heapq.heapify(tuples)
print([heapq.heappop(tuples) for _ in range(4)])


class Shrink:
    def __init__(self, heap):
        self.heap = heap

    def __lt__(self, other):
        self.heap.clear()
        return True


h = [1, 2, 3]
h.append(Shrink(h))
try:
    heapq.heappush(h, Shrink(h))
except RuntimeError as e:
    print("RuntimeError:", e)

for bad in [lambda: heapq.heappush((), 1), lambda: heapq.heappop(None), lambda: heapq.heappop([]),
            lambda: heapq.heapreplace([], 1), lambda: heapq.heapify({}), lambda: heapq.heappush([]),
            lambda: heapq.heappop([], 1), lambda: heapq.heappush([1], "x"), lambda: heapq.heappush(h, 1, x=2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
