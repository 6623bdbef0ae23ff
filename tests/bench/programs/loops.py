# Integer arithmetic in nested loops (small-int fast paths).
total = 0
for i in range(600):
    for j in range(600):
        total += (i * j) % 7 - (i ^ j) & 3
print(total)
