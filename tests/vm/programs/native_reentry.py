import sys
class A:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return A(self.n + 1) == other
try:
    A(0) == 1
except RecursionError as e:
    print("RecursionError via __eq__")
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return self.v == other.v
print([k.v for k in sorted([K(3), K(1), K(2)])])
d = {K(1): 'one'}
print(d[K(1)])
print(sorted([3, 1, 2], key=lambda x: -x), list(map(lambda x: x + 1, [1, 2])))
def deep(n):
    return 0 if n == 0 else 1 + max([deep(n - 1)])
print(deep(200))
sys.stdout.write("direct write\n")
print("to stderr", file=sys.stderr)
print("after stderr")
l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError:
    print("RecursionError in repr")
