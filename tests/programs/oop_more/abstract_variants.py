# Abstract classmethods, staticmethods and properties; update_abstractmethods; ABCMeta subclasses;
# builtin bases whose own __new__ skips the abstract check.
from abc import ABC, abstractmethod, abstractclassmethod, abstractproperty, update_abstractmethods
import abc
class A(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def util(): ...
    @property
    @abstractmethod
    def p(self): ...
print(sorted(A.__abstractmethods__))
try: A()
except TypeError as e: print(e)
class B(A):
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def util(): return 1
    p = 3
print(B.make().p, B.util())
def concrete(self): return 1
A2 = type("A2", (A,), {})
try: A2()
except TypeError as e: print(e)
A2.make = classmethod(concrete); A2.util = staticmethod(concrete); A2.p = 1
try: A2()
except TypeError as e: print(e)
update_abstractmethods(A2)
print(A2.__abstractmethods__, type(A2()).__name__)
class M(abc.ABCMeta): pass
class C(metaclass=M):
    @abstractmethod
    def f(self): pass
try: C()
except TypeError as e: print(e)
print(isinstance(C, abc.ABCMeta), C.__abstractmethods__)
class R(ABC): pass
R.register(int)
print(isinstance(1, R), issubclass(int, R), issubclass(str, R))
try: R.register(5)
except TypeError as e: print(e)
class NotAbstractSub(dict, ABC):
    @abstractmethod
    def x(self): ...
try: NotAbstractSub()
except TypeError as e: print(e)
class IntAbs(int, ABC):
    @abstractmethod
    def x(self): ...
try: print(IntAbs(5))
except TypeError as e: print(e)
class ExcAbs(Exception, ABC):
    @abstractmethod
    def x(self): ...
try: print(repr(ExcAbs(5)))
except TypeError as e: print(e)
