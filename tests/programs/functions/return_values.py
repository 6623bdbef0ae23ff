def none1():
    return
def none2():
    pass
def multi():
    return 1, 2, 3
def early(x):
    if x:
        return 'early'
    print('not early')
    return 'late'
print(none1(), none2(), multi(), early(1), early(0))
a, b, c = multi()
print(a + b + c)
def returns_func():
    return len
print(returns_func()('abcd'))
