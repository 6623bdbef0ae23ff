class CleanupError(Exception):
    pass


def work():
    try:
        raise ValueError('primary failure')
    finally:
        pass


try:
    work()
except ValueError:
    print('handling')
    raise CleanupError('cleanup failed too')
