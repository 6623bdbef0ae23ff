items = [('apple', 1.5, 3), ('banana', 0.25, 12), ('cherry', 10.0, 1)]
for name, price, qty in items:
    print(f'{name:<10}|{price:>8.2f}|{qty:^5}|{price * qty:10.3f}')
total = sum(p * q for _, p, q in items)
print(f'Total: {total:.2f} ({len(items)} items)')
x = 255
print(f'{x:#010x} {x:#b} {x:e} {x / 7:.4} {-x:=+8}')
print(f"{'quoted'!r:>12}", f'{3 + 4j}', f'{[i for i in range(3)]}', f'{dict(a=1)}')
nested = 'inner'
print(f'{f"{nested}"}', f'{nested!r:^{len(nested) + 4}}')
