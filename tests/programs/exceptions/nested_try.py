def f(n):
    log = []
    try:
        log.append('outer try')
        try:
            log.append('inner try')
            if n == 1:
                raise ValueError('v')
            if n == 2:
                raise TypeError('t')
        except ValueError:
            log.append('inner except')
        finally:
            log.append('inner finally')
        log.append('after inner')
    except TypeError:
        log.append('outer except')
    finally:
        log.append('outer finally')
    return log
for n in range(3):
    print(n, f(n))
