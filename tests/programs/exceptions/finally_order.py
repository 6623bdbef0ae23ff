def f():
    out = []
    for i in range(3):
        try:
            out.append('t%d' % i)
            if i == 1:
                continue
            out.append('after-continue%d' % i)
        finally:
            out.append('f%d' % i)
    return out
print(f())
def g():
    try:
        try:
            return 1
        finally:
            print('first')
    finally:
        print('second')
print(g())
def h():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print('x set to', x)
print(h())
