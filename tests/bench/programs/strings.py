# String methods: split, join, replace, format, slicing.
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']
count = 0
out = []
for i in range(40000):
    w = words[i % len(words)]
    s = '%s-%d' % (w.upper(), i)
    parts = s.split('-')
    t = '{}:{}'.format(parts[1], parts[0].lower().replace('a', '@'))
    if t.endswith('@'):
        count += 1
    out.append(t[:6])
print(count, len(''.join(out)), out[-3:])
