# Conway's game of life on a small torus, printing generations and population counts.
W, H = 10, 8
board = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2), (6, 5), (7, 5), (8, 5)}
def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    p = ((x + dx) % W, (y + dy) % H)
                    counts[p] = counts.get(p, 0) + 1
    return {p for p, n in counts.items() if n == 3 or (n == 2 and p in cells)}
def show(cells):
    for y in range(H):
        print(''.join('#' if (x, y) in cells else '.' for x in range(W)))
for gen in range(4):
    print(f'gen {gen}: {len(board)} alive, bbox {min(board)}..{max(board)}')
    show(board)
    board = step(board)
history = []
for _ in range(40):
    history.append(len(board))
    board = step(board)
print(history, sorted(board)[:5])
