class Broken:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        raise ValueError('exit failed while handling ' + et.__name__)


with Broken():
    1 / 0
