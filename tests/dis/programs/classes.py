class A:
    """A doc"""
    attr = 5
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
    @property
    def prop(self):
        return self.v * 2
    @staticmethod
    def s():
        return 1
    @classmethod
    def c(cls):
        return cls

class B(A, metaclass=type):
    def get(self):
        return super().get() + 1

print(B(3).get())
