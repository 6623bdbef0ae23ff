# %-formatting: all conversions, flags, * widths, dict form and errors.
print('%s %r %a' % ('é', 'é', 'é'), '%d %i %u' % (3.9, -2, 7), '%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x %X %#x %#X %o %#o' % (255, 255, 255, 255, 8, 8), '%e %E %.2e' % (12345.678, 0.00012, 1.5), '%f %.1f %10.3f %-10.2f|' % (1.5, 2.25, 3.14159, 2.5))
print('%g %G %g %g %.3g %#g' % (0.0001, 1e-10, 123456789, 100000, 2.5, 1.0), '%c %c' % (65, 'z'), '%%', '%s' % [1, 2], '%s' % ((1, 2),))
print('%*d|%-*d|%.*f|%*.*f' % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828))
print('%(name)s is %(age)d, %(name)r' % {'name': 'Bo', 'age': 7}, '%(x)05.1f' % {'x': 3.14159})
print('%s' % 'only', '%s %s' % ('a', 'b'), '%d%%' % 50, '%5s|%-5s|%.2s' % ('ab', 'ab', 'abcdef'), '%r' % 'q\n')
print('%x' % -255, '%o' % -8, '%d' % 2 ** 70, '%x' % 2 ** 70, '%.0f' % 2.5, '%.0f' % 3.5, '%i' % True, '%s' % None)
errs = [('%d', 'x'), ('%d', (1, 2)), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1), ('%(a)s', 1), ('%(a)s', {}), ('%c', 'ab'), ('%c', -1),
        ('%x', 1.5), ('%', 1), ('%*d', ('a', 1)), ('%d', None), ('%.*f', (1.5, 1.0))]
for fmt, args in errs:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print('%s' % {'a': 1}, '%(a)s %%' % {'a': 1}, '%-+8.3f|' % 3.14159, '%+05d' % -3, '% 05.1f' % 2.25, '%#.3x' % 5, '%3c|' % 'x')
class Idx:
    def __index__(self):
        return 11
class Num:
    def __int__(self):
        return 12
print('%x %d' % (Idx(), Idx()), '%c' % Idx())
try:
    print('%d' % Num())
except TypeError as e:
    print(type(e).__name__, e)
