class CM:
    def __enter__(self):
        print('enter')
        return self

    def __exit__(self, et, ev, tb):
        print('exit with', et.__name__)
        return False


with CM():
    print('body')
    raise RuntimeError('escapes the with block')
