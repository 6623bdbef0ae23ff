def f(a, b=2):
    """doc of f"""
    return a


print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__module__, f.__code__.co_name)
f.__name__ = 'renamed'
print(f.__name__, f.__qualname__)
f.custom = 1
print(f.__dict__, f.custom)
print(type(f.__globals__).__name__, '__name__' in f.__globals__)


class C:
    def m(self):
        pass


print(C.m.__name__, C().m.__name__, C().m.__qualname__, C.__dict__['m'].__qualname__)
print(type(C.__dict__).__name__, type(C().__dict__).__name__)
print(C.__class__, C().__class__, type(C()).__class__)
print((1).__class__, 'a'.__class__, None.__class__.__name__, [].__class__.__name__)
print(int.__name__, int.__qualname__, int.__module__, str.__mro__, bool.__bases__, bool.__base__)
print(len.__name__, len.__module__, [].append.__name__, [].append.__qualname__)
print(type(len).__name__, type([].append).__name__, type(C.m).__name__, type(C().m).__name__)
print(type(list.append).__name__)
print(C.m.__get__(C(), C).__func__ is C.m)
