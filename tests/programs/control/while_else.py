i = 0
while i < 5:
    print('i =', i)
    i += 1
else:
    print('loop ended normally', i)
j = 0
while True:
    j += 1
    if j == 3:
        break
else:
    print('never')
print('j', j)
n = 10
while n:
    n -= 3
    if n < 0:
        print('negative, stop')
        break
    print(n)
else:
    print('no break')
k = 0
while k < 3:
    k += 1
    if k == 2:
        continue
    print('k', k)
else:
    print('else after continue loop')
