import sys


class Recorder:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.args = args
        print('exc_info inside exit:', sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return True


r = Recorder()
with r:
    pass
print(r.args)
with r:
    raise ValueError('v')
et, ev, tb = r.args
print(et.__name__, ev, type(tb).__name__, ev.__traceback__ is tb)
print(sys.exc_info())


class ExitReturnsValue:
    def __enter__(self):
        return 'enter result'

    def __exit__(self, a, b, c):
        return None


def f():
    with ExitReturnsValue() as v:
        return v


print(f())


class EnterIsClassmethod:
    @classmethod
    def __enter__(cls):
        return cls.__name__

    @staticmethod
    def __exit__(*a):
        return False


with EnterIsClassmethod() as name:
    print(name)


class InstanceAttrIgnored:
    def __enter__(self):
        return 'class level'

    def __exit__(self, *a):
        return False


obj = InstanceAttrIgnored()
obj.__enter__ = lambda: 'instance level'
with obj as got:
    print(got)
