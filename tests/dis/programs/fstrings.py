a = 1
b = 'x'
s1 = f'{a}'
s2 = f'{a!r} and {b!s} and {b!a}'
s3 = f'{a:>10} {a!r:^{b}}'
s4 = f'plain {a} text {b:{a}.{a}}'
s5 = 'x' f'y' 'z'
