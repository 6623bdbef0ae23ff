import math
public = sorted(n for n in dir(math) if not n.startswith('_'))
print(public)
print(len(public))
print(type(math.pi).__name__, math.pi == 3.141592653589793, math.e == 2.718281828459045, math.tau == 2 * math.pi)
print(math.__name__, repr(math)[:15])
