# %-formatting with dict arguments in a loop, padding and precision from variables.
rows = [{'id': 1, 'name': 'alpha', 'ratio': 0.123456, 'count': 1200}, {'id': 22, 'name': 'beta', 'ratio': 12.5, 'count': 7},
        {'id': 333, 'name': 'gamma-long-name', 'ratio': -0.5, 'count': 0}]
for r in rows:
    print('%(id)04d %(name)-10.10s %(ratio)+9.3f %(count)6d %(ratio).2e' % r)
w, p = 12, 4
for r in rows:
    print('[%*.*f] [%-*s] [%*d]' % (w, p, r['ratio'], w, r['name'], -w, r['count']))
print('%s has %d items costing %.2f (%5.1f%%)' % ('cart', 3, 19.989, 42.25))
print('%c%c%c' % (80, 'y', 0x1F40D), '%5.3s|' % 'abcdef', '%-5c|' % 'z', '%#o %#x %#X' % (0, 0, 0), '%.0e %#.0e' % (5, 5))
