# scale: 10000
# N attribute-heavy objects: created, read and updated through methods.
import sys


class Particle:
    def __init__(self, i):
        self.x = i
        self.y = i * 2
        self.vx = 1
        self.vy = -1
        self.mass = i % 7 + 1

    def step(self):
        self.x += self.vx
        self.y += self.vy
        return self.x * self.mass + self.y


def main(n):
    ps = [Particle(i) for i in range(n)]
    total = 0
    for p in ps:
        total += p.step()
        total += p.step()
    print(n, total, ps[-1].x, ps[-1].y)


main(int(sys.argv[1]))
