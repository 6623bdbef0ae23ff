for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
    else:
        print('inner no break', i)
found = None
for a in range(1, 20):
    for b in range(a, 20):
        c2 = a * a + b * b
        c = int(c2 ** 0.5)
        if c * c == c2 and c < 20:
            found = (a, b, c)
            break
    if found:
        break
print(found)
total = 0
i = 0
while i < 5:
    j = 0
    while j < 5:
        if j == i:
            j += 1
            continue
        total += i * j
        j += 1
    i += 1
print(total)
