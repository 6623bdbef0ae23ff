def f():
    try:
        x()
    except A:
        return 1
    except B as b:
        return b
    finally:
        cleanup()
def g():
    while True:
        try:
            break
        finally:
            print('fin')
def h():
    try:
        pass
    except:
        pass
