name = 'world'
n = 42
x = 3.14159
print(f'hello {name}!', f'{n}', f'{n!r}', f'{name!r}', f'{name!s}', f'{name!a}')
print(f'{x:.2f}', f'{x:10.3f}|', f'{n:>6}|', f'{n:<6}|', f'{n:^6}|', f'{n:06d}')
print(f'{n:x}', f'{n:X}', f'{n:o}', f'{n:b}', f'{n:#x}', f'{n:,}', f'{1234567:_}')
width = 8
prec = 3
print(f'{x:{width}.{prec}f}|', f'{name:*^{width}}')
print(f'{{literal}}', f'{"nested"}', f"{'single'}", f'{n + 1}', f'{[1, 2][0]}')
print(f'{"é"!a}', f'{3.0!r}', f'{None}', f'{True!s}')
print(f'{x:e}', f'{x:g}', f'{0.000012345:g}', f'{12345678.9:g}', f'{x:%}', f'{-n:+d}', f'{n:+d}')
d = {'k': 'v'}
print(f"{d['k']}", f'{len(d)}', f'a{n}b{n}c')
print(f'{"abc":.2}', f'{"abc":>5}', f'{3:3}|', f'{-3.5:8.2f}|')
