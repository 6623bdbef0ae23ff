x = [1]
x.nope()
