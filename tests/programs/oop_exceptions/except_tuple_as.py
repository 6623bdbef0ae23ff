def risky(n):
    if n == 0:
        raise KeyError('k%d' % n)
    if n == 1:
        raise IndexError('i%d' % n)
    if n == 2:
        raise ZeroDivisionError('z')
    if n == 3:
        raise TypeError('t')
    return n


for n in range(5):
    try:
        print('ok', risky(n))
    except (KeyError, IndexError) as e:
        print('lookup', type(e).__name__, e)
    except (ArithmeticError,) as e:
        print('arith', e)
    except (ValueError, (TypeError, OSError)) as e:
        print('nested tuple', repr(e))
groups = (KeyError, IndexError)
try:
    risky(1)
except groups as e:
    print('via variable', repr(e))
try:
    try:
        risky(2)
    except ():
        print('empty tuple never matches')
except ZeroDivisionError as e:
    print('escaped empty tuple', e)
try:
    try:
        risky(0)
    except 'not a class':
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        risky(0)
    except (KeyError, 5):
        print('matched before bad entry')
except TypeError as e:
    print(type(e).__name__, e)
e = 'outer'
try:
    risky(0)
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
