# Ends in an uncaught KeyError with a tuple key.
grid = {(0, 0): 'start', (1, 0): 'wall'}
print(grid[(0, 0)])
print(grid[(2, 2)])
