from functools import cmp_to_key

def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = "pear fig apple kiwi banana date plum cherry".split()
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(sorted(words, key=cmp_to_key(by_len_then_alpha), reverse=True))

def largest_number(nums):
    strs = [str(n) for n in nums]
    strs.sort(key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
    return ''.join(strs).lstrip('0') or '0'
print(largest_number([3, 30, 34, 5, 9]), largest_number([0, 0]), largest_number([10, 2]))

K = cmp_to_key(lambda a, b: a - b)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 <= k2, k2 >= k1, k1.obj)
try:
    hash(k1)
except TypeError as e:
    print(type(e).__name__)

records = [('bob', 30), ('alice', 25), ('carol', 30), ('dave', 25)]
def cmp_rec(x, y):
    if x[1] != y[1]:
        return y[1] - x[1]
    return -1 if x[0] < y[0] else (1 if x[0] > y[0] else 0)
for r in sorted(records, key=cmp_to_key(cmp_rec)):
    print(r)
print(min(records, key=cmp_to_key(cmp_rec)), max(records, key=cmp_to_key(cmp_rec)))
