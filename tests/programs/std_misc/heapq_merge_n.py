import heapq
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]), heapq.nlargest(0, [1]), heapq.nsmallest(10, [3, 1]))
print(heapq.nlargest(1, [4, 7, 2]), heapq.nsmallest(1, [4, 7, 2], key=lambda v: -v), heapq.nlargest(2, 'hello'))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date']
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len), heapq.nsmallest(2, iter(words)))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge(['a', 'ccc'], ['bb'], key=len)), list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
print(list(heapq.merge([5, 3], [4, 1], key=lambda x: -x, reverse=False)))
m = heapq.merge([1, 3], [2])
print(next(m), list(m))
print(heapq.nlargest(3, [(1, 'a'), (3, 'b'), (3, 'a'), (2, 'z')]), heapq.nsmallest(3, range(100, 0, -7)))
