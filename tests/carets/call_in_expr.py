def g(): raise KeyError(1)
x = [1, 2, g(), 4]
