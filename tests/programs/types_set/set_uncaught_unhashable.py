# Ends in an uncaught TypeError: a list cannot be a set member.
rows = [[1, 2], [3]]
print(set(map(tuple, rows)) == {(1, 2), (3,)})
print(set(rows))
