def make():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    def get():
        return total
    return add, get
add, get = make()
add(5); add(10)
print(get())
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
print(counter)
def outer():
    x = 1
    def mid():
        def inner():
            nonlocal x
            x += 100
        inner()
        return x
    return mid()
print(outer())
