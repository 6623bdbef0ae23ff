import json
doc = {'name': 'widget', 'tags': ['a', 'b'], 'dims': {'w': 1.5, 'h': 2}, 'empty_list': [], 'empty_dict': {}, 'nested': [[1, 2], {'x': [None]}]}
print(json.dumps(doc, indent=2))
print(json.dumps(doc, indent=0))
print(json.dumps(doc, indent='\t', sort_keys=True))
print(json.dumps(doc, indent='--'))
print(json.dumps([1, [2, 3]], indent=4, separators=(',', ' = ')))
print(json.dumps(doc, separators=(',', ':')))
print(json.dumps(doc, separators=(' ; ', ' -> '), sort_keys=True))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=1))
print(json.dumps(doc, indent=-1) == json.dumps(doc, indent=0))
