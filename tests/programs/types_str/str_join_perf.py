# Building strings: join vs +=, str * n, long strings, counting and replacing in big text.
parts = [str(i) for i in range(2000)]
s = ''.join(parts)
print(len(s), s[:20], s[-20:], s.count('1'), s.find('1999'), s.rfind('00'))
t = ''
for p in parts[:500]:
    t += p + ','
print(len(t), t[:30], t.count(','), t.split(',')[-2], hash(t) == hash(t[:]))
big = 'abc' * 10000
print(len(big), big.replace('b', 'BB')[:12], len(big.replace('b', 'BB')), big.upper()[-6:], big.index('cab'), 'ca' * 3 in big)
lines = '\n'.join(f'line {i}: ' + 'x' * (i % 7) for i in range(100))
print(len(lines), len(lines.splitlines()), max(lines.splitlines(), key=len), sum(1 for ln in lines.splitlines() if ln.endswith('xxx')))
print(''.join(reversed('stressed')), ' '.join(sorted('the quick brown fox'.split(), key=len)), 'a'.join('bcd'), '-'.join('x' for _ in range(3)))
