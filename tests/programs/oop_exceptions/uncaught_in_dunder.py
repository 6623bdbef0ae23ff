class Temperature:
    def __init__(self, c):
        self.c = c

    def __add__(self, other):
        return Temperature(self.c + other.c)


t = Temperature(10) + Temperature(5)
print(t.c)
t2 = t + 3
