from collections import Counter, namedtuple

inventory = Counter(apple=3, pear=1)
inventory.update(['apple', 'fig'])
print(inventory.most_common())
Item = namedtuple('Item', 'name qty')
items = [Item(k, v) for k, v in sorted(inventory.items())]
print(items)
print(items[0].price)
