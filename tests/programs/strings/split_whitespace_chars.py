# split()/rsplit()/strip() with no separator: exactly Python's whitespace set (str.isspace),
# including the C0 separators \x1c-\x1f and the Unicode spaces, and nothing next to them.
ws = '\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000'
others = '\x00\x08\x0e\x1b\x20\x21\x7f\x84\x86\x9f\xa1\u167f\u1681\u1fff\u200b\u2027\u202a\u202e\u2030\u205e\u2060\u2fff\u3001\ufeff\U0001F600'
for c in ws + others:
    print(hex(ord(c)), c.isspace(), ('a' + c + 'b').split(), ('a' + c + 'b').rsplit(None, 1) == ['a', 'b'], repr((c + 'x' + c).strip()), repr((c + 'x' + c).lstrip()), repr((c + 'x' + c).rstrip()))
print('  a  b  c  '.split(None, 1), '  a  b  c  '.rsplit(None, 1), ''.split(), '   '.split(), 'a\U0001F600 b'.split())
