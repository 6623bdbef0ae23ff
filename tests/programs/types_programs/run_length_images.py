# ASCII-art images: scaling, rotation, flood fill, and run-length compression of rows.
img = ['..##..', '.#..#.', '#....#', '######', '#....#']
def rotate(im):
    return [''.join(row[c] for row in reversed(im)) for c in range(len(im[0]))]
def scale(im, k):
    return [''.join(ch * k for ch in row) for row in im for _ in range(k)]
def fill(im, r, c, ch):
    grid = [list(row) for row in im]
    target = grid[r][c]
    stack = [(r, c)]
    while stack:
        y, x = stack.pop()
        if 0 <= y < len(grid) and 0 <= x < len(grid[0]) and grid[y][x] == target:
            grid[y][x] = ch
            stack.extend([(y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)])
    return [''.join(row) for row in grid]
def rle(row):
    out, prev, n = [], row[0], 0
    for ch in row:
        if ch == prev:
            n += 1
        else:
            out.append((prev, n))
            prev, n = ch, 1
    out.append((prev, n))
    return out
for block in (img, rotate(img), scale(img[:2], 2), fill(img, 2, 2, 'o')):
    print('\n'.join(block))
    print('-' * 6)
print([rle(row) for row in img])
print(sum(row.count('#') for row in img), max(img, key=lambda r: r.count('#')))
