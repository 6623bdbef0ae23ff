from functools import partial, reduce

def div(a, b):
    return a / b

half = partial(div, b=2)
print(half(10), half(7))
print(reduce(div, [100, 2, 5]))
recip = partial(div, 1)
print(recip(4))
print(recip(0))
