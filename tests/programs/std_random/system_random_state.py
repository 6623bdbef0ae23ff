# SystemRandom has no state to save: getstate() is an uncaught NotImplementedError.
import random

r = random.SystemRandom(1234)
print(r.seed(99), 0.0 <= r.random() < 1.0)
r.getstate()
