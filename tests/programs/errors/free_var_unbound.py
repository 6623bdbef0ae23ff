def outer():
    def inner():
        return zqxw_result
    r = inner()
    zqxw_result = 1
    return r
outer()
