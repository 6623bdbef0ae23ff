from collections import ChainMap

defaults = {'color': 'red', 'user': 'guest', 'debug': False}
env = {'user': 'admin'}
cli = {'debug': True}
cfg = ChainMap(cli, env, defaults)
print(cfg['color'], cfg['user'], cfg['debug'])
print(len(cfg), sorted(cfg), sorted(cfg.items()))
print(cfg.get('missing', 'dflt'), 'color' in cfg, 'nope' in cfg)
cfg['color'] = 'blue'
print(cli, defaults['color'])
child = cfg.new_child()
child['user'] = 'temp'
print(child['user'], cfg['user'], child.maps[0])
print(child.parents['user'], len(child.maps))
del cfg['color']
print(cfg['color'])
try:
    del cfg['user']
except KeyError as e:
    print(type(e).__name__, e)
print(ChainMap({'a': 1}, {'b': 2}))
print(ChainMap())
print(dict(ChainMap({'a': 1}, {'a': 2, 'b': 3})))
print(cfg.pop('debug'), cfg.pop('zzz', 'none'))
try:
    ChainMap({})['x']
except KeyError as e:
    print(type(e).__name__, e)
scopes = ChainMap({'x': 1})
def enter(**kw):
    global scopes
    scopes = scopes.new_child(kw)
enter(y=2); enter(x=10)
print(scopes['x'], scopes['y'], scopes)
scopes = scopes.parents
print(scopes['x'], scopes)
print(bool(ChainMap()), bool(ChainMap({'a': 1})))
