class cached(property):
    "subclass doc"
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print('computing', self.fget.__name__)
        value = self.fget(obj)
        return value

class loud(property):
    pass

class C:
    @cached
    def area(self):
        "area doc"
        return 6 * 7

    @loud
    def name(self):
        "name doc"
        return 'c'

    @name.setter
    def name(self, v):
        print('set name', v)

c = C()
print(c.area)
print(type(C.__dict__['area']).__name__, isinstance(C.area, property))
print(C.area.__doc__, C.name.__doc__)
print(c.name)
c.name = 'x'
print(type(C.name).__name__)
lp = loud(doc='given')
print(lp.__doc__)
lp.extra = 5
print(lp.extra)
print(property.__doc__ is not None)

def abstract(f):
    f.__isabstractmethod__ = True
    return f
class A:
    @property
    @abstract
    def shape(self):
        pass
print(A.shape.__isabstractmethod__)
class B(A):
    @property
    def shape(self):
        return 'square'
print(B().shape, B.shape.__isabstractmethod__)
both = property(None, abstract(lambda s, v: None))
print(both.__isabstractmethod__)
