# is* predicates over ASCII and Unicode samples.
samples = ['', 'abc', 'ABC', 'Abc', '123', '١٢٣', '½', '²', 'abc123', ' ', '\t\n', 'a b', '_x', 'x_1', '1x', 'é', '中文', 'IV', 'Ⅳ', '\x00', 'def', 'hello!', '~', 'a\u0301']
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii(), s.islower(), s.isupper(), s.istitle())
