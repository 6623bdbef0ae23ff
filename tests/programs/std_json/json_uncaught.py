import json
print(json.dumps({'ok': True}))
print(json.loads('[1, 2, 3]'))
json.loads('{"unterminated": [1, 2')
