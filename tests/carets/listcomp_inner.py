data = [1, 0]
r = [10 // d for d in data]
