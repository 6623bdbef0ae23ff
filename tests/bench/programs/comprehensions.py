# List, dict and set comprehensions and builtins over them.
total = 0
for r in range(150):
    squares = [x * x for x in range(1000) if x % 3]
    table = {x: x % 17 for x in squares}
    kinds = {v for v in table.values()}
    total += sum(squares) % 1000 + len(kinds) + max(table.values())
print(total)
