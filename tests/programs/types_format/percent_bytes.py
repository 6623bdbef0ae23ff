# %-formatting on bytes: %s with bytes, %d, %x, %c, %b, %a, %r, errors.
print(b'%s-%d' % (b'ab', 5), b'%x %X %o' % (255, 255, 8), b'%5s|%-5s|' % (b'ab', b'cd'), b'%c%c' % (65, b'B'))
print(b'%b' % b'raw', b'%a' % 'é', b'%r' % 'x', b'%(k)s' % {b'k': b'v'}, b'%.2f' % 3.14159, b'%%' % ())
for fmt, arg in [(b'%s', 'str'), (b'%c', 256), (b'%c', 'x'), (b'%d', b'1'), (b'%s', 5)]:
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
print(bytearray(b'%s!') % b'x', type(bytearray(b'%d') % 3).__name__)
