# f-strings with nested quotes, expressions in specs, method calls, dict access and conditionals.
data = {'name': 'Widget', 'price': 9.5, 'tags': ['a', 'b']}
w = 12
print(f"{data['name']:>{w}}|{data['price']:<{w // 2}.2f}|{', '.join(data['tags'])}")
print(f"{'yes' if data['price'] > 5 else 'no'} {len(data)=} {data['name'].upper()!r:^14} {sum(range(5)):03}")
for i in range(3):
    print(f'{i:{"<" if i % 2 else ">"}{i + 3}}|', f'{i * 1.5:{i + 4}.{i}f}|')
x = 255
print(f'{x:#x} {x:#X} {x:#o} {x:#b} {x:08.3f} {x:e} {x:,} {-x:+} {x!s:>5} {x:c}')
print(f'{"{"}{"}"}', f'{{{x}}}', f'{x:{{}}>5}' if False else '', f'{3.14159!s:.4}', f'{[1, 2]!s:>8}')
