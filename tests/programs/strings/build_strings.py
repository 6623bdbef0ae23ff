parts = []
for i in range(5):
    parts.append('%d^2=%d' % (i, i * i))
print('; '.join(parts))
table = ''
for row in range(1, 4):
    table += ' '.join('%3d' % (row * col) for col in range(1, 6)) + '\n'
print(table, end='')
s = 'x'
for _ in range(10):
    s = s + s
print(len(s))
print('=' * 20)
print('{name} is {age} years'.format(name='Ann', age=30))
