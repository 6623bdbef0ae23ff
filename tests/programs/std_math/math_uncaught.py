import math
print(math.sqrt(16))
print(math.factorial(10))
math.sqrt(-4)
