def f():
    with a as (b, c):
        return b
    with d:
        with e:
            pass
