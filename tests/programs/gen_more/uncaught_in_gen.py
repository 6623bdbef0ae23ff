# An uncaught exception raised inside a nested generator chain ends the program.
def numbers():
    yield 1
    yield 2
    raise LookupError('ran out of numbers')


def doubled():
    for n in numbers():
        yield n * 2


for v in doubled():
    print(v)
