total = 0
for i in range(1, 10):
    total += 100 // (5 - i)
    print(i, total)
