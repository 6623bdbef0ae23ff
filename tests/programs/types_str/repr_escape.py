# repr() quote choice and escapes; ascii() escapes.
for s in ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', '\\', '\x00\x07\x1f\x7f', 'é', '\xa0', '\xad', '中文', '\u200b', '\U0001F600', '\ud800', '\x85', '\u2028', '\U000e0001']:
    print(repr(s), ascii(s), len(s), len(repr(s)))
print(repr(['a', "b'c"]), ascii({'é': 'ü'}), str('x'), str(b'x'), str(None), str(1.5), ascii(1), ascii([1, 'ñ']))
