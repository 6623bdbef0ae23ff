# f-strings: expressions, conversions, nested specs, = debugging, dicts and quotes.
name, n, x = 'Ada', 42, 3.14159
items = {'a': 1, 'b': 2}
print(f'{name} {n} {x}', f'{name!r} {name!a} {name!s}', f'{n:>6}|{n:<6}|{n:^6}|', f'{x:.2f} {x:10.3e} {x:g}')
w, p = 10, 3
print(f'{x:{w}.{p}f}', f'{n:{"*"}^{w}}', f'{items["a"]}', f"{items['b']:03d}", f'{n*2} {n//5} {n%5} {-n}')
print(f'{n=}', f'{x=:.2f}', f'{name = }', f'{n!r:>5}', f'{[1, 2][1]}', f'{(lambda: 5)()}', f'{"nested {}"}')
print(f'{{literal}}', f'{n:#x} {n:#o} {n:#b} {n:,} {10**7:_}', f'{1e6:,.1f}', f'{-0.5:+.0%}')
print(f'{"é"!a}', f'{3+4j}', f'{None}', f'{True:d}', f'{[x for x in range(3)]}', f'{ {1: 2}[1] }')
try:
    f'{n:s}'
except ValueError as e:
    print(type(e).__name__, e)
try:
    f'{name:d}'
except ValueError as e:
    print(type(e).__name__, e)
width = 8
for row in [('apple', 1.5, 3), ('kiwi', 0.25, 12), ('watermelon', 3.0, 1)]:
    print(f'{row[0]:<{width}}|{row[1]:>8.2f}|{row[2]:>4}|{row[1] * row[2]:>9.3f}')
