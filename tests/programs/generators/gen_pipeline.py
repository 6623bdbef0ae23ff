def numbers(n):
    yield from range(n)
def squares(it):
    for x in it:
        yield x * x
def only_odd(it):
    return (x for x in it if x % 2)
print(list(only_odd(squares(numbers(10)))))
print(sum(squares(numbers(1000))))
print(list(zip(numbers(3), squares(numbers(5)))))
print(dict(enumerate(squares(range(4)))))
