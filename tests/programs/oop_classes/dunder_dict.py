class A:
    x = 1

    def m(self):
        pass


a = A()
print(a.__dict__, type(A.__dict__).__name__)
a.__dict__['y'] = 2
print(a.y, vars(a))
a.__dict__ = {'z': 3}
print(a.z, hasattr(a, 'y'))
try:
    a.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print('x' in A.__dict__, 'm' in A.__dict__, A.__dict__['x'])
try:
    A.__dict__['x'] = 2
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in A.__dict__.keys() if k.startswith('__')))
print(A.__dict__.get('nope', 'dflt'))
setattr(A, 'w', 9)
print(A.__dict__['w'], a.w)
delattr(A, 'w')
print('w' in A.__dict__)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
print(vars(A)['x'])


class B(A):
    pass


print('x' in B.__dict__, B.x)
