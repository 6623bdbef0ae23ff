results = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 3:
            raise ValueError(i)
        results.append(i)
    except ValueError as e:
        results.append('err%s' % e)
        continue
    else:
        results.append('else%d' % i)
    finally:
        results.append('f%d' % i)
print(results)
n = 0
while n < 4:
    n += 1
    try:
        if n == 2:
            continue
    finally:
        print('fin', n)
    print('body', n)
