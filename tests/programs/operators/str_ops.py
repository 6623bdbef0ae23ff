s = 'Hello'
print(s + ' ' + 'World', s * 3, 3 * s, s * 0, s * -1, '-' * 10)
print(s[0], s[-1], s[1:4], s[::-1], s[::2], s[10:], s[-3:])
print('%s is %d years and %.2f' % ('Bob', 30, 1.5), '%5s|%-5s|' % ('a', 'b'), '%x %o %e' % (255, 8, 12345.0))
print('%r %s' % ('q', 'q'), '%c' % 65, '%%', '%03d' % 7, '%+d' % 5, '%(a)s-%(b)s' % {'a': 1, 'b': 2})
print(s < 'World', s == 'Hello', s != 'hello', 'a' * 3 == 'aaa')
