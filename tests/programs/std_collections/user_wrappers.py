from collections import UserDict, UserList, UserString

class DefaultUpper(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(str(key).upper(), value)
    def __missing__(self, key):
        return 'none'

d = DefaultUpper({'a': 1}, b=2)
d['c'] = 3
print(d, d['A'], d['zz'], len(d), 'B' in d, sorted(d), d.get('Q', 'q'), d.data)
print(d | {'x': 0}, type(d.copy()).__name__, DefaultUpper.fromkeys('xy', 0))

class Stack(UserList):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3)
print(s, s.peek(), s.pop(), s, len(s), s + [9], [0] + s, s * 2, s[0:1], type(s[0:1]).__name__)
s.extend(Stack([7, 8])); s.insert(0, -1); s.sort(reverse=True)
print(s, s.index(7), s.count(1), 7 in s, s == [8, 7, 2, 1, -1], s < [9])

class Shout(UserString):
    def shout(self):
        return self.upper() + '!'
t = Shout('hello world')
print(t, repr(t), t.shout(), t[0:5], t + '?', len(t), 'world' in t, t.split(), t.title(), t.replace('l', 'L'), t == 'hello world')
print(t.find('o'), t.count('o'), t.startswith('he'), t.center(15, '*'), t * 2, sorted([Shout('b'), Shout('a')]))
