import copy

board = [['.'] * 3 for _ in range(3)]
history = []

def play(b, r, c, mark):
    nb = copy.deepcopy(b)
    nb[r][c] = mark
    return nb

moves = [(1, 1, 'X'), (0, 0, 'O'), (2, 2, 'X'), (0, 2, 'O')]
state = board
for m in moves:
    history.append(state)
    state = play(state, *m)
for i, snap in enumerate(history + [state]):
    print(i, ' '.join(''.join(row) for row in snap))
undo = history[-1]
print('undo ->', ' '.join(''.join(row) for row in undo))
print(board == [['.'] * 3] * 3, history[0] is board)

def winner(b):
    lines = b + [list(col) for col in zip(*b)] + [[b[i][i] for i in range(3)], [b[i][2 - i] for i in range(3)]]
    for line in lines:
        if line[0] != '.' and line.count(line[0]) == 3:
            return line[0]
    return None
print(winner(state), winner(play(play(state, 0, 1, 'O'), 2, 0, 'X')))
print(winner(play(play(state, 0, 1, 'O'), 1, 0, 'X')))
