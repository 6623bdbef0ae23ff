class Step:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('  ' * Step.depth + 'begin ' + self.name)
        Step.depth += 1
        return self

    def __exit__(self, et, ev, tb):
        Step.depth -= 1
        status = 'ok' if et is None else 'failed: %s' % ev
        print('  ' * Step.depth + 'end ' + self.name + ' (' + status + ')')


with Step('build'):
    with Step('compile'):
        pass
    with Step('link'):
        with Step('resolve'):
            pass
try:
    with Step('deploy'):
        with Step('upload'):
            raise ConnectionError('timeout')
except ConnectionError:
    print('deploy aborted', Step.depth)


def tasks():
    for name in ['t1', 't2', 't3']:
        with Step(name) as s:
            if name == 't2':
                continue
            yield s.name


print(list(tasks()))
