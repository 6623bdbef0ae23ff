# Sparse vectors and matrices as dicts: dot products, addition, transpose, printing dense form.
A = {(0, 0): 2, (0, 2): -1, (1, 1): 3, (2, 0): 4, (2, 2): 1}
B = {(0, 1): 5, (1, 0): -2, (2, 2): 7, (2, 1): 1}
def add(x, y):
    out = dict(x)
    for k, v in y.items():
        out[k] = out.get(k, 0) + v
        if out[k] == 0:
            del out[k]
    return out
def mul(x, y):
    out = {}
    for (i, k), v in x.items():
        for (k2, j), w in y.items():
            if k == k2:
                out[(i, j)] = out.get((i, j), 0) + v * w
    return {k: v for k, v in out.items() if v}
def transpose(x):
    return {(j, i): v for (i, j), v in x.items()}
def dense(x, n=3):
    return '\n'.join(' '.join(f'{x.get((i, j), 0):4}' for j in range(n)) for i in range(n))
print(dense(A))
print(dense(add(A, B)))
print(dense(mul(A, B)))
print(sorted(mul(A, transpose(A)).items()), len(A), sum(A.values()))
v = {0: 1.5, 2: -2.0, 7: 4.0}
w = {2: 3.0, 7: 0.5, 9: 1.0}
print(sum(v[k] * w[k] for k in v.keys() & w.keys()), sorted(v.keys() | w.keys()), sorted(v.keys() - w.keys()))
