x = 0
while x < 10:
    x += 1
    if x == 3:
        continue
    if x == 8:
        break
else:
    print('no break')
for i in range(5):
    if i:
        pass
    elif i > 2:
        print(i)
    else:
        break
else:
    x = 2
if x and i or not x:
    print('yes')
y = 1 if x else 2
z = a < b < c
