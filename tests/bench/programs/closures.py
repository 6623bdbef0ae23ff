# Closures, lambdas, higher-order functions, sorted with key.
def make_adder(k):
    def add(x):
        return x + k
    return add


adders = [make_adder(k) for k in range(10)]
total = 0
for i in range(30000):
    total += adders[i % 10](i)
data = [(i * 7919) % 10007 for i in range(30000)]
ordered = sorted(data, key=lambda v: (v % 100, v))
print(total, ordered[:5], sum(map(lambda v: v & 1, data)))
