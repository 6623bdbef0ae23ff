def f(n):
    return f(n + 1)
print('going deep')
f(0)
