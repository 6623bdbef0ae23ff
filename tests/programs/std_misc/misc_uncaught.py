import heapq, bisect
h = [3, 1, 2]
heapq.heapify(h)
print(h, bisect.bisect([1, 2, 3], 2))
heapq.heappop([])
