# Dict patterns: memoization, two-sum lookup, state machines, nested counters.
memo = {}
def fib(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), len(memo), fib(200))
def two_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return seen[target - x], i
        seen[x] = i
    return None
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1, 2], 7))
transitions = {('locked', 'coin'): 'unlocked', ('unlocked', 'push'): 'locked', ('locked', 'push'): 'locked', ('unlocked', 'coin'): 'unlocked'}
state = 'locked'
for ev in ['push', 'coin', 'coin', 'push', 'push', 'coin']:
    state = transitions[(state, ev)]
    print(ev, '->', state)
counts = {}
for word in 'a b a c b a d'.split():
    for ch in word + '!':
        counts.setdefault(word, {}).setdefault(ch, 0)
        counts[word][ch] += 1
print(counts)
