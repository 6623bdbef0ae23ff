import copy
from collections import namedtuple, deque, OrderedDict, defaultdict, Counter
from dataclasses import dataclass, field

P = namedtuple('P', 'x y')
p = P([1], 2)
print(copy.copy(p), copy.deepcopy(p), copy.deepcopy(p).x is p.x, copy.copy(p).x is p.x)
dq = deque([[1], [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
dq[0].append(99)
print(dq2, dq2.maxlen, copy.copy(dq)[0] is dq[0])
od = OrderedDict(b=[1], a=[2])
print(copy.deepcopy(od), list(copy.copy(od)))
dd = defaultdict(list, {'k': [1]})
dd2 = copy.deepcopy(dd)
dd2['new'].append(1)
print(dd2, dd, dd2.default_factory)
c = Counter('hello')
c2 = copy.copy(c)
c2['z'] += 1
print(c, c2)

@dataclass
class Config:
    name: str
    opts: list = field(default_factory=list)
cfg = Config('x', ['a'])
shallow, deep = copy.copy(cfg), copy.deepcopy(cfg)
cfg.opts.append('b')
print(shallow, deep, shallow == cfg, deep == cfg)
