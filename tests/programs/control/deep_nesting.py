def f(n):
    out = []
    for a in range(n):
        if a % 2 == 0:
            for b in range(a):
                try:
                    if b == 3:
                        raise KeyError(b)
                    while b > 0:
                        b -= 2
                        if b == 1:
                            break
                    else:
                        out.append(('w', a, b))
                        continue
                    out.append(('b', a, b))
                except KeyError as e:
                    out.append(('k', a, e.args[0]))
    return out
for item in f(7):
    print(item)
