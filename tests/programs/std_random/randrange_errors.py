import random
random.seed(5)
def check(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)
check(random.randrange, 0)
check(random.randrange, -5)
check(random.randrange, 5, 5)
check(random.randrange, 10, 1)
check(random.randrange, 1, 10, 0)
check(random.randrange, 1, 10, -1)
check(random.randrange, 1.5)
check(random.randrange, 1, 2.5)
check(random.randrange, 1, 10, 1.5)
check(random.randrange, 10, step=2)
check(random.randint, 5, 1)
check(random.randint, 1)
check(random.randint)
check(random.randint, 1, 2, 3)
check(random.randrange, 'a')
check(random.randint, 1, 'x')
check(random.randrange, 1, 10, foo=1)
