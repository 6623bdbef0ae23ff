import sys


class Replacement:
    def __init__(self):
        self.kind = 'replacement object'

    def __getattr__(self, name):
        return 'computed ' + name


sys.modules[__name__] = Replacement()
