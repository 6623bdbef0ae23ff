squares = [i * i for i in range(10000)]
print(len(squares), squares[-1], sum(squares))
d = {i: str(i) for i in range(1000)}
print(len(d), d[999])
s = {i % 97 for i in range(10000)}
print(len(s), min(s), max(s))
print(sum(i for i in range(100000) if i % 3 == 0))
