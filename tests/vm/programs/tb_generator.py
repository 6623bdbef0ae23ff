def gen():
    yield 1
    raise KeyError("inside generator")

for x in gen():
    print(x)
