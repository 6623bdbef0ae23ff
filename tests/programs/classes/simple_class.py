class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dist2(self):
        return self.x ** 2 + self.y ** 2
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
p = Point(3, 4)
print(p, p.x, p.dist2(), isinstance(p, Point), type(p).__name__)
class Counter:
    count = 0
    def inc(self):
        Counter.count += 1
        return self
c = Counter()
c.inc().inc()
print(Counter.count, c.count)
