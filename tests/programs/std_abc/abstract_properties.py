from abc import ABC, abstractmethod

class Vehicle(ABC):
    @property
    @abstractmethod
    def wheels(self):
        ...

    @classmethod
    @abstractmethod
    def kind(cls):
        ...

    @staticmethod
    @abstractmethod
    def honk():
        ...

    def summary(self):
        return '%s with %d wheels says %s' % (self.kind(), self.wheels, self.honk())

class Car(Vehicle):
    @property
    def wheels(self):
        return 4
    @classmethod
    def kind(cls):
        return cls.__name__.lower()
    @staticmethod
    def honk():
        return 'beep'

class Bike(Vehicle):
    wheels = 2
    @classmethod
    def kind(cls):
        return 'bike'
    @staticmethod
    def honk():
        return 'ring'

class Broken(Vehicle):
    @classmethod
    def kind(cls):
        return 'broken'

print(Car().summary(), Bike().summary())
print(sorted(Vehicle.__abstractmethods__), sorted(Broken.__abstractmethods__))
try:
    Broken()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Vehicle()
except TypeError as e:
    print(type(e).__name__, e)
print(getattr(Vehicle.__dict__['wheels'], '__isabstractmethod__', False), getattr(Car.__dict__['wheels'], '__isabstractmethod__', False))
