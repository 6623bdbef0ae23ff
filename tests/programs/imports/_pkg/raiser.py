print('_pkg.raiser starting')
STARTED = True


def fail(n):
    return 10 // n


fail(0)
print('never printed')
