while True:
    if x:
        break
while 1:
    pass
while 0:
    print('never')
while x:
    x -= 1
else:
    y = 1
n = 0
while n < 3:
    try:
        n += 1
    except:
        continue
