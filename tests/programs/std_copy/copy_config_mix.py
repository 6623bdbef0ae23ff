import copy
from collections import ChainMap
from dataclasses import dataclass, field, replace

@dataclass
class Settings:
    name: str
    limits: dict = field(default_factory=dict)
    plugins: list = field(default_factory=list)

base = Settings('base', {'cpu': 2, 'mem': 512}, ['log'])
dev = copy.deepcopy(base)
dev.name = 'dev'
dev.limits['mem'] = 2048
dev.plugins.append('debug')
prod = replace(base, name='prod')
prod.limits['cpu'] = 8
print(base)
print(dev)
print(prod)
print(prod.limits is base.limits, dev.limits is base.limits)
layers = ChainMap({'debug': True}, {'debug': False, 'port': 80})
snap = copy.deepcopy(layers.maps)
layers['port'] = 8080
print(layers['port'], snap, layers.maps[0])
