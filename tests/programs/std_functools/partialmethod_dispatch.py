from functools import partialmethod, singledispatchmethod

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)

c = Cell()
c.set_alive(); print(c.alive)
c.set_dead(); print(c.alive)

class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return 'obj:%r' % (arg,)
    @fmt.register(int)
    def _(self, arg):
        return 'int:%d' % arg
    @fmt.register(list)
    def _(self, arg):
        return 'list:' + ','.join(self.fmt(a) for a in arg)

f = Formatter()
print(f.fmt(3), f.fmt('s'), f.fmt([1, 'x', [2]]), f.fmt(None), f.fmt(True))

class Greeter:
    def greet(self, greeting, name, punct='.'):
        return '%s, %s%s' % (greeting, name, punct)
    hello = partialmethod(greet, 'Hello')
    hey = partialmethod(greet, 'Hey', punct='!')
g = Greeter()
print(g.hello('Ann'), g.hey('Bob'), g.hey('Cy', punct='?'))
print(type(Greeter.__dict__['hello']).__name__)
