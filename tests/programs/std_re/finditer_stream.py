import re

data = 'id=1;name=alpha;score=9.5|id=2;name=beta;score=7|id=3;name=gamma'
records = []
for rec in re.finditer(r'[^|]+', data):
    fields = {m.group(1): m.group(2) for m in re.finditer(r'(\w+)=([^;]*)', rec.group())}
    records.append(fields)
    print(rec.span(), fields)
it = re.finditer(r'\d+', 'a1b22c333')
print(type(it).__name__, next(it).group(), [m.group() for m in it])
print(list(re.finditer('x', 'abc')))
p = re.compile(r'\w')
print([m.group() for m in p.finditer('abcdef', 2, 4)])
sc = p.scanner('ab c')
print(sc.match(), sc.match(), sc.match(), sc.search(), sc.search())
