it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
def gen():
    yield from range(3)
print(list(zip(gen(), "abc")), list(reversed([1, 2, 3])))
d = {'a': 1, 'b': 2}
print(list(iter(d)), list(d.items()))
calls = iter(lambda: calls_list.pop(), 0)
calls_list = [0, 1, 2]
print(list(calls))
try:
    iter(5)
except TypeError as e:
    print(e)
