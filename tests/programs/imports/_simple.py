"""A plain module used by several programs."""
print('executing _simple', __name__)
counter = 0
VALUE = 42
_private = 'hidden'


def bump():
    global counter
    counter += 1
    return counter


class Thing:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Thing(%d)' % self.n
