from dataclasses import dataclass, field, asdict
from collections import namedtuple, defaultdict
from enum import Enum
from functools import total_ordering

class Category(Enum):
    TOOL = 'tool'
    FOOD = 'food'
    TOY = 'toy'

Sale = namedtuple('Sale', 'sku qty')

@dataclass
class Item:
    sku: str
    name: str
    category: Category
    price: float
    stock: int = 0
    tags: list = field(default_factory=list)

    @property
    def value(self):
        return round(self.price * self.stock, 2)

items = [
    Item('T1', 'hammer', Category.TOOL, 12.5, 10, ['steel']),
    Item('F1', 'apple', Category.FOOD, 0.4, 200),
    Item('Y1', 'yo-yo', Category.TOY, 3.0, 25, ['wood']),
    Item('T2', 'wrench', Category.TOOL, 8.25, 4),
    Item('F2', 'bread', Category.FOOD, 2.2, 30),
]
index = {i.sku: i for i in items}
sales = [Sale('F1', 50), Sale('T2', 4), Sale('Y1', 5), Sale('F1', 20), Sale('T1', 1)]
for s in sales:
    index[s.sku].stock -= s.qty
for it in sorted(items, key=lambda i: (i.category.value, -i.value)):
    print('%-3s %-7s %-5s %6.2f %4d %8.2f' % (it.sku, it.name, it.category.value, it.price, it.stock, it.value))
by_cat = defaultdict(float)
for it in items:
    by_cat[it.category] += it.value
for cat in Category:
    print(cat.name, round(by_cat[cat], 2))
print([i.name for i in items if i.stock == 0])
print(asdict(index['Y1']))
print(max(items, key=lambda i: i.value).name, sum(s.qty for s in sales))
