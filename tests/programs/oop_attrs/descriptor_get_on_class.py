class Desc:
    def __get__(self, obj, owner):
        return ('get', obj is None, owner.__name__)


class A:
    d = Desc()


class B(A):
    pass


print(A.d, A().d, B.d, B().d)
print(A.__dict__['d'].__get__(None, A))
print(vars(A)['d'] is A.__dict__['d'])


class Counted:
    def __init__(self):
        self.reads = 0

    def __get__(self, obj, owner=None):
        self.reads += 1
        return self.reads


class C:
    n = Counted()


c = C()
print(c.n, c.n, C.n, C.__dict__['n'].reads)


class DataDesc:
    def __get__(self, obj, owner):
        return 'data'

    def __set__(self, obj, v):
        print('DataDesc.__set__', v)


class MetaWithData(type):
    attr = DataDesc()


class K(metaclass=MetaWithData):
    attr = 'class dict value'


print(K.attr, K().attr)
K.attr = 'assign'
print(K.__dict__['attr'])


class FuncAsDescr:
    pass


def free_function(self, x):
    return ('bound', type(self).__name__, x)


FuncAsDescr.m = free_function
print(FuncAsDescr().m(1), free_function.__get__(FuncAsDescr())(2), free_function.__get__(None, FuncAsDescr) is free_function)
print(type(free_function.__get__(1)).__name__)
