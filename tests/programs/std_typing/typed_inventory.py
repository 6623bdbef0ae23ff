from typing import Dict, List, NamedTuple, Optional, Tuple, Callable, Iterable, TypeVar

T = TypeVar('T')

class Product(NamedTuple):
    name: str
    price: float
    tags: Tuple[str, ...] = ()

Catalog = Dict[str, Product]

def build(rows: Iterable[Tuple[str, float]]) -> Catalog:
    return {n: Product(n, p) for n, p in rows}

def cheapest(cat: Catalog, pred: Optional[Callable[[Product], bool]] = None) -> Optional[Product]:
    items: List[Product] = [p for p in cat.values() if pred is None or pred(p)]
    return min(items, key=lambda p: p.price) if items else None

def group_by(xs: Iterable[T], key: Callable[[T], str]) -> Dict[str, List[T]]:
    out: Dict[str, List[T]] = {}
    for x in xs:
        out.setdefault(key(x), []).append(x)
    return out

cat = build([('pen', 1.5), ('book', 12.0), ('bag', 25.0), ('pad', 3.25)])
print(cheapest(cat), cheapest(cat, lambda p: p.price > 5), cheapest({}))
print(group_by(cat.values(), lambda p: 'cheap' if p.price < 5 else 'pricey'))
print(Catalog, build.__annotations__['return'], cheapest.__annotations__)
print(sorted(cat.values(), key=lambda p: -p.price)[0]._replace(tags=('sale',)))
