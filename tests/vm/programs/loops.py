total = 0
i = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    if i == 8:
        break
    total += i
print(total, i)
for j in range(5):
    pass
else:
    print("for-else ran", j)
for j in range(5):
    if j == 2:
        break
else:
    print("not printed")
n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)
for a in range(3):
    for b in range(3):
        if b == 1:
            continue
        if a == 2:
            break
        print(a, b)
s = 0
for k in range(100000):
    s += k
print(s)
print([x for x in range(10) if x % 2])
