x = None
y = x or x.a
