def inner(x):
    return 10 / x

def outer():
    print("calling")
    return inner(0)

outer()
