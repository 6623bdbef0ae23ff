def f(a, b, w):
    return f'{a}', f'{a!r}', f'{a!s:>{w}}', f'{a:.{b}f}', f'x{a}y{b}z', f'{a!a}', f'{{}}', f'{a:{w}}'
s = 'plain' f'{1}' 'concat'
