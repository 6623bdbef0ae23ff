# Method calls, attribute access and inheritance.
class Shape:
    def __init__(self, n):
        self.n = n

    def area(self):
        return 0

    def describe(self):
        return self.area() + self.n


class Square(Shape):
    def area(self):
        return self.n * self.n


class Tri(Shape):
    def area(self):
        return self.n * (self.n + 1) // 2


total = 0
for i in range(60000):
    s = Square(i % 50) if i % 2 else Tri(i % 40)
    total += s.describe()
print(total)
