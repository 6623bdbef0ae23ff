from operator import attrgetter
class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __repr__(self):
        return 'Node(%s)' % self.name
tree = Node('root', Node('mid', Node('leaf')))
print(attrgetter('name')(tree), attrgetter('child.name')(tree), attrgetter('child.child.name')(tree))
print(attrgetter('name', 'child.name', 'child')(tree))
print(repr(attrgetter('a.b')), repr(attrgetter('x', 'y')), type(attrgetter('x')).__name__)
nodes = [Node('c'), Node('a'), Node('b')]
print(sorted(nodes, key=attrgetter('name')), [attrgetter('real', 'imag')(z) for z in (1 + 2j, 3.5)])
print(attrgetter('__class__.__name__')(5), attrgetter('upper')('x')())
for expr in ["attrgetter()", "attrgetter(1)", "attrgetter('nope')(tree)", "attrgetter('child.nope')(tree)", "attrgetter('child.child.child.name')(tree)", "attrgetter('name')()"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
