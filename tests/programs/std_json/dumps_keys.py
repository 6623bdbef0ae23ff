import json
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none', 'str': 's'}))
print(json.dumps({False: 0, -3: 1, 1e20: 2, float('inf'): 3, 2**70: 4}))
print(json.dumps({(1, 2): 'tuple', 'ok': 1, frozenset(): 2}, skipkeys=True))
print(json.dumps({(1, 2): 'tuple'}, skipkeys=True), json.dumps({(1, 2): 'tuple'}, skipkeys=True, indent=2))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))
for bad in [{(1, 2): 3}, {frozenset(): 1}, {b'x': 1}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    json.dumps({1: 'a', 'b': 2}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)
