import copy

a = [1, 2]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[2] is a, b[:2])
d = {'self': None, 'v': [1]}
d['self'] = d
e = copy.deepcopy(d)
print(e['self'] is e, e['v'] == [1], e['v'] is d['v'])
shared = [0]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp[0] is cp[1], cp[0] is shared)
memo = {}
x = [1, [2]]
y = copy.deepcopy(x, memo)
print(y, id(x) in memo, memo[id(x)] is y)
z = copy.deepcopy(x, memo)
print(z is y)

class Node:
    def __init__(self, val):
        self.val = val
        self.next = None
n1, n2 = Node(1), Node(2)
n1.next = n2
n2.next = n1
c1 = copy.deepcopy(n1)
print(c1.val, c1.next.val, c1.next.next is c1, c1 is n1, c1.next is n2)
