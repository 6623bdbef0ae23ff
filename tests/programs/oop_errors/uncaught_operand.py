class Meters:
    def __init__(self, v):
        self.v = v


print('adding')
total = Meters(1) + 5
