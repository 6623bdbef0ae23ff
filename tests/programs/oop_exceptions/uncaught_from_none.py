def parse(s):
    try:
        return int(s)
    except ValueError:
        raise LookupError('cannot parse %r' % s) from None


print(parse('12'))
parse('zz')
