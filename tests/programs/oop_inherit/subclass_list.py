class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]

    def __repr__(self):
        return 'Stack(%s)' % list.__repr__(self)


s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__, s[1:], type(s[1:]).__name__, sorted(s, reverse=True))
s.label = 'tagged'
print(s.label, s == [1, 2, 3], [1, 2, 3] == s, list(s))


class Logged(list):
    def append(self, x):
        print('append', x)
        super().append(x)

    def __setitem__(self, i, v):
        print('setitem', i, v)
        super().__setitem__(i, v)

    def __getitem__(self, i):
        v = super().__getitem__(i)
        return ('got', v)


l = Logged()
l.append(1)
l.append(2)
l[0] = 10
print(l[0], l, list(l), len(l))
l.extend([3])
print(l)


class Sorted(list):
    def __init__(self, items=()):
        super().__init__(sorted(items))

    def add(self, x):
        self.insert(len([y for y in self if y < x]), x)


ss = Sorted([5, 1, 3])
ss.add(2)
ss.add(9)
print(ss, ss.index(3), ss.count(1), 3 in ss)


class NoInitArgs(list):
    def __init__(self):
        super().__init__()


try:
    NoInitArgs([1])
except TypeError as e:
    print(type(e).__name__, e)
