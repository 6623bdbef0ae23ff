import sys
x = sys.argv[0] if len(sys.argv) > 0 else None
y = [i for i in range(3)]
print(x, y, end='')
pass
...
None
1
'string statement'
