class C:
    x = 1


c = C()
tests = [
    lambda: c.missing,
    lambda: C.missing,
    lambda: (5).missing,
    lambda: 'str'.missing,
    lambda: [].missing,
    lambda: None.missing,
    lambda: (1.5).missing,
    lambda: {}.missing,
    lambda: (lambda: 0).missing,
    lambda: int.missing,
    lambda: type.missing,
    lambda: object().missing,
    lambda: True.missing,
    lambda: (1, 2).missing,
    lambda: range(3).missing,
    lambda: c.x.missing,
]
for t in tests:
    try:
        t()
    except AttributeError as e:
        print(type(e).__name__, e)


def setters():
    for target, name in [(5, 'a'), ('s', 'b'), ([], 'c'), (None, 'd'), (object(), 'e'), ((), 'f')]:
        try:
            setattr(target, name, 1)
        except AttributeError as e:
            print(type(e).__name__, e)


setters()
for target, name in [([], 'append'), ({}, 'keys'), (1, 'real')]:
    try:
        setattr(target, name, 1)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    del c.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del C.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    print.__name__ = 'x'
except AttributeError as e:
    print(type(e).__name__, e)
try:
    e = AttributeError('custom', 'args')
    raise e
except AttributeError as err:
    print(err.args, str(err))
