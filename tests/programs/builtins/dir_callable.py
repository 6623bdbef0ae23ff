print(callable(print), callable(None), callable(lambda: 0), callable(int), callable('s'))
def f(): pass
print(getattr(f, '__name__'), getattr(f, 'missing', 'default'), hasattr(f, '__call__'))
setattr(f, 'x', 5)
print(f.x)
print(sorted(k for k in dir([]) if not k.startswith('_'))[:5])
