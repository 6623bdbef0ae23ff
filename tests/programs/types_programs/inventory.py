# Inventory management: dict of dicts, restocking, low-stock reports, value summaries.
inventory = {
    'widget': {'qty': 25, 'price': 2.5, 'tags': {'small', 'metal'}},
    'gadget': {'qty': 3, 'price': 19.99, 'tags': {'electronic'}},
    'doohickey': {'qty': 0, 'price': 7.25, 'tags': {'small'}},
    'gizmo': {'qty': 12, 'price': 149.0, 'tags': {'electronic', 'large'}},
}
orders = [('widget', 5), ('gadget', 4), ('gizmo', 2), ('sprocket', 1), ('doohickey', 1), ('widget', 20)]
for item, n in orders:
    rec = inventory.get(item)
    if rec is None:
        print(f'unknown item {item!r}')
    elif rec['qty'] < n:
        print(f'cannot ship {n} x {item}: only {rec["qty"]} left')
    else:
        rec['qty'] -= n
        print(f'shipped {n:>2} x {item:<10} = {n * rec["price"]:>8.2f}')
low = sorted(k for k, v in inventory.items() if v['qty'] < 5)
print('low stock:', low)
for k in low:
    inventory[k]['qty'] += 10
total = sum(v['qty'] * v['price'] for v in inventory.values())
print(f'total value {total:,.2f}')
tags = {}
for k, v in inventory.items():
    for t in v['tags']:
        tags.setdefault(t, []).append(k)
for t in sorted(tags):
    print(f'{t:>10}: {", ".join(sorted(tags[t]))}')
print(max(inventory, key=lambda k: inventory[k]['price']), sorted(inventory.items(), key=lambda kv: kv[1]['qty'])[0][0])
