import heapq
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(3)], h)
print(heapq.heapreplace(h, 0), h, heapq.heappushpop(h, -1), heapq.heappushpop(h, 100), h)
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
tasks = []
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa')]:
    heapq.heappush(tasks, item)
print([heapq.heappop(tasks) for _ in range(4)])
for expr in ["heapq.heappop([])", "heapq.heapreplace([], 1)", "heapq.heappush(1, 2)", "heapq.heapify((1,))", "heapq.heappush([1], 'a')", "heapq.heappop('ab')"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
