# A subclass that happens to be named float (or list) is still a subclass: its own __floor__
# runs, and the exact-type fast paths of math, divmod and random.shuffle pass it by.
import math, random
class float(float):
    def __floor__(self):
        return "sub floor"
class list(list):
    pass
print(math.floor(float(2.5)))
print(divmod(float(7.5), 2))
x = list([1, 2, 3])
random.seed(1); random.shuffle(x); print(sorted(x))
