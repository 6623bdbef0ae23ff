# Each generator has its own value stack: interleaving many suspended mid-expression.
def mid_expression(tag):
    a = [tag, (yield 1), (yield 2), tag]
    b = {tag: (yield 3) + (yield 4)}
    return (a, b)


gens = [mid_expression(t) for t in 'pqr']
values = [next(g) for g in gens]
print(values)
step = 0
results = []
while gens:
    g = gens.pop(0)
    step += 1
    try:
        g.send(step)
        gens.append(g)
    except StopIteration as e:
        results.append(e.value)
for r in results:
    print(r)


def calls(n):
    # Suspended in the middle of a call's argument list and of a binary operation.
    total = max(0, (yield 'arg'), (yield 'arg2')) + sum(range(n))
    r = yield from range(n)
    yield total, r


c = calls(3)
print(next(c), c.send(5), c.send(9), next(c), next(c), next(c), next(c, 'end'))


def pairwise(it):
    it = iter(it)
    prev = next(it)
    for x in it:
        yield prev, x
        prev = x


print(list(pairwise(pairwise('abcd'))))
