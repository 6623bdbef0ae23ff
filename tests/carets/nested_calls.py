def a(x): return b(x) * 2
def b(x): return c(x) + 1
def c(x): return x["k"]
print(a([1]))
