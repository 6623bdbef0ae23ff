# Thousands grouping with widths, zero padding, and the 'n' type.
for v in [0, 999, 1000, -1000, 1234567, -987654321, 10 ** 20]:
    print(f'{v:,}|{v:_}|{v:012,}|{v:>15,}|{v:_x}|{v:_o}|{v:_b}'[:120], f'{v:n}', f'{v:0=+14,}')
for v in [0.5, 1234.5, -1234567.125, 1e15, 123456789.987654321]:
    print(f'{v:,}|{v:_.2f}|{v:015,.1f}|{v:,.3e}|{v:,g}|{v:,.0%}')
try:
    f'{1:,_}'
except ValueError as e:
    print(type(e).__name__, e)
try:
    f'{1:_,}'
except ValueError as e:
    print(type(e).__name__, e)
print(f'{12345:08,}', f'{12345:09,}', f'{1:0>5,}', f'{-1:05,}', f'{1234:_^11,}')
