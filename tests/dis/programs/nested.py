def a():
    def b():
        def c():
            return d
        d = 1
        return c
    return b

class Outer:
    class Inner:
        def m(self):
            return __class__
    def n(self):
        return super().n()
