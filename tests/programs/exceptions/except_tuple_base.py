def risky(n):
    if n == 0:
        return 1 / 0
    if n == 1:
        return [][1]
    if n == 2:
        return {}['x']
    if n == 3:
        return int('x')
    return 'fine'
for n in range(5):
    try:
        print(risky(n))
    except (ZeroDivisionError, IndexError) as e:
        print('tuple caught', type(e).__name__)
    except LookupError as e:
        print('base caught', type(e).__name__)
    except Exception as e:
        print('Exception caught', type(e).__name__)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(isinstance(ValueError(), Exception), issubclass(Exception, BaseException))
try:
    raise KeyboardInterrupt
except Exception:
    print('wrong')
except BaseException as e:
    print('BaseException caught', type(e).__name__)
