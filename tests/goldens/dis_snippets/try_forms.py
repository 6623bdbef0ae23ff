def f(x):
    try:
        x()
    except (ValueError, TypeError) as e:
        print(e)
    except KeyError:
        raise
    except Exception as e:
        raise RuntimeError('x') from e
    else:
        return 1
    finally:
        print('done')
def g(m):
    with m as a, m as b:
        return a + b
def h():
    for i in range(3):
        try:
            continue
        finally:
            break
    return i
def k():
    assert k, 'msg'
    assert k
    del k.attr
    global gg
    gg = 1
