# Typical deque uses: sliding-window maximum, moving average, round robin, palindromes.
from collections import deque


def window_max(nums, k):
    q = deque()
    out = []
    for i, n in enumerate(nums):
        while q and nums[q[-1]] <= n:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(nums[q[0]])
    return out


print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))


def moving_average(values, n=3):
    window = deque(maxlen=n)
    total = 0
    for v in values:
        if len(window) == n:
            total -= window[0]
        window.append(v)
        total += v
        yield round(total / len(window), 3)


print(list(moving_average([40, 30, 50, 46, 39, 44])))


def round_robin(*iterables):
    iterators = deque(map(iter, iterables))
    while iterators:
        try:
            while True:
                yield next(iterators[0])
                iterators.rotate(-1)
        except StopIteration:
            iterators.popleft()


print(list(round_robin('ABC', 'D', 'EF')))


def is_palindrome(s):
    d = deque(c.lower() for c in s if c.isalnum())
    while len(d) > 1:
        if d.popleft() != d.pop():
            return False
    return True


for s in ['A man, a plan, a canal: Panama', 'hello', '']:
    print(repr(s), is_palindrome(s))

tail = deque(open(__file__), 2)
print(len(tail), tail[-1].strip())
