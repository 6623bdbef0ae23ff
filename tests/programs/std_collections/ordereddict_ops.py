from collections import OrderedDict

od = OrderedDict()
for k in 'dbca':
    od[k] = ord(k)
print(od)
od.move_to_end('b')
print(list(od))
od.move_to_end('a', last=False)
print(list(od))
print(od.popitem(), od.popitem(last=False), od)
od.update(x=1, y=2)
print(od, len(od), 'x' in od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
print(OrderedDict(a=1, b=2) == {'b': 2, 'a': 1}, OrderedDict(a=1) != OrderedDict(a=2))
print(OrderedDict.fromkeys('xyz', 0), OrderedDict(), repr(OrderedDict([('k', [1])])))
print(list(reversed(OrderedDict(a=1, b=2, c=3))))
print(OrderedDict(a=1) | {'b': 2}, {'z': 0} | OrderedDict(a=1))
cp = od.copy(); cp['new'] = 1; print(od, cp)

class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
    def get(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]
    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            self.popitem(last=False)

cache = LRU(2)
cache.put(1, 1); cache.put(2, 2); print(cache.get(1))
cache.put(3, 3); print(cache.get(2))
cache.put(4, 4); print(cache.get(1), cache.get(3), cache.get(4))
print(list(cache.items()))
try:
    OrderedDict().popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    od.move_to_end('zzz')
except KeyError as e:
    print(type(e).__name__, e)
