# Float arithmetic: a small n-body style integration.
import math

bodies = [[0.0, 0.0, 0.0, 0.0, 10.0], [1.0, 0.0, 0.0, 1.0, 0.1], [0.0, 2.0, -0.7, 0.0, 0.2], [-3.0, 0.0, 0.0, -0.6, 0.05]]
dt = 0.001
for step in range(20000):
    for a in range(len(bodies)):
        ba = bodies[a]
        for b in range(a + 1, len(bodies)):
            bb = bodies[b]
            dx = ba[0] - bb[0]
            dy = ba[1] - bb[1]
            d2 = dx * dx + dy * dy + 0.01
            mag = dt / (d2 * math.sqrt(d2))
            ba[2] -= dx * bb[4] * mag
            ba[3] -= dy * bb[4] * mag
            bb[2] += dx * ba[4] * mag
            bb[3] += dy * ba[4] * mag
    for body in bodies:
        body[0] += dt * body[2]
        body[1] += dt * body[3]
print(['%.6f' % c for body in bodies for c in body[:2]])
