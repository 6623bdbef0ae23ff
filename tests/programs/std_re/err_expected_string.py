import re
values = ['a1', 'b22', 7]
for v in values:
    print(re.findall(r'\d', v))
