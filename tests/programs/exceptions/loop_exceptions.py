results = []
for s in ['1', 'x', '3', '', '5']:
    try:
        results.append(int(s))
    except ValueError as e:
        results.append(str(e))
print(results)
i = 0
while True:
    try:
        i += 1
        if i > 3:
            raise StopIteration
    except StopIteration:
        print('stopping at', i)
        break
d = {'a': 1}
for k in ['a', 'b']:
    try:
        print(d[k])
    except KeyError as e:
        print('missing', e)
