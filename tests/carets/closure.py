def outer():
    def inner():
        return y
    inner()
    y = 1
outer()
