class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
    def describe(self):
        return '%s says %s' % (self.name, self.speak())
class Dog(Animal):
    def speak(self):
        return 'woof'
class Puppy(Dog):
    def speak(self):
        return super().speak() + '!'
for a in [Animal('generic'), Dog('rex'), Puppy('bit')]:
    print(a.describe())
print([c.__name__ for c in Puppy.__mro__])
