class Typed:
    def __init__(self, kind):
        self.kind = kind
        self.name = None

    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset')

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError('%s must be %s, not %s' % (self.name, self.kind.__name__, type(value).__name__))
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        print('deleting', self.name)
        del obj.__dict__[self.name]


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person('ann', 30)
print(p.name, p.age, Person.name.name, Person.age.owner, type(Person.age).__name__)
try:
    p.age = 'x'
except TypeError as e:
    print(type(e).__name__, e)
del p.age
print(p.age)
p.__dict__['name'] = 'direct'
print(p.name)


class NonData:
    def __get__(self, obj, objtype=None):
        return 'nondata from %s' % (objtype.__name__,)


class Holder:
    attr = NonData()


h = Holder()
print(h.attr, Holder.attr)
h.attr = 'instance wins'
print(h.attr, Holder.attr)
del h.attr
print(h.attr)


class GetOnlyData:
    def __get__(self, obj, objtype=None):
        return 'data get'

    def __set__(self, obj, v):
        raise AttributeError('read-only data descriptor')


class H2:
    d = GetOnlyData()


h2 = H2()
h2.__dict__['d'] = 'in dict'
print(h2.d)
try:
    h2.d = 5
except AttributeError as e:
    print(type(e).__name__, e)


class DeleteOnly:
    def __get__(self, obj, objtype=None):
        return 'got'

    def __delete__(self, obj):
        print('delete called')


class H3:
    d = DeleteOnly()


h3 = H3()
del h3.d
try:
    h3.d = 1
except AttributeError as e:
    print(type(e).__name__, e)
