class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, o):
        return self.x == o.x


seen = {Point(1)}
