# bytes methods: search, split, strip, replace, case, predicates, padding, join.
b = b'  Hello, World! Hello!  '
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' !'), b.find(b'Hello'), b.rfind(b'Hello'), b.find(72), b.count(b'l'), b.index(b'W'), b.rindex(b'o'))
print(b.split(), b.split(b','), b.rsplit(None, 1), b.split(b'l', 2), b'a,b,,c'.split(b','), b'a\nb\r\nc'.splitlines(), b'x\ny\n'.splitlines(True))
print(b.replace(b'Hello', b'Bye'), b.replace(b'l', b'L', 2), b.upper(), b.lower(), b.title(), b.swapcase(), b'hello world'.capitalize())
print(b'abc'.isalpha(), b'123'.isdigit(), b'a1'.isalnum(), b' \t'.isspace(), b'abc'.islower(), b'ABC'.isupper(), b'Ab Cd'.istitle(), b'\x80'.isascii(), b''.isalpha())
print(b'ab'.center(8, b'*'), b'ab'.ljust(5), b'ab'.rjust(5, b'0'), b'42'.zfill(5), b'-42'.zfill(6), b'a\tb'.expandtabs(4))
print(b', '.join([b'a', b'b', bytearray(b'c')]), b''.join([]), b'ab'.startswith(b'a'), b'ab'.endswith((b'x', b'b')), b'abc'.partition(b'b'), b'abcb'.rpartition(b'b'))
print(b'hello'.removeprefix(b'he'), b'hello'.removesuffix(b'lo'), b'a-b-c'.rsplit(b'-', 1), b'  x  '.strip(None))
for f in [lambda: b.index(b'zz'), lambda: b'-'.join(['a']), lambda: b.split(''), lambda: b.find('H'), lambda: b'x'.center(5, '*'), lambda: b.replace('a', 'b')]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), b'aabbcc'.translate(t), b'abcdef'.translate(None, b'bd'), b'abc'.translate(t, b'a'))
