a = None
b = (a) + 1
