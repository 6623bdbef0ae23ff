import json
depth = 200
doc = '[' * depth + ']' * depth
v = json.loads(doc)
d = 0
while v:
    v = v[0]
    d += 1
print(d)
nested = {}
cur = nested
for i in range(50):
    cur['k%d' % i] = {}
    cur = cur['k%d' % i]
text = json.dumps(nested)
print(len(text), text[:40], json.loads(text) == nested)
print(json.dumps([[[[1]]]], indent=1))
big = list(range(1000))
print(json.loads(json.dumps(big)) == big, len(json.dumps(big)))
