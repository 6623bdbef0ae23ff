tests = [
    "'a,b'.split(',', bogus=1)",
    "sorted([3,1], bogus=1)",
    "[1].sort(bogus=1)",
    "'x'.encode(bogus=1)",
    "print(1, bogus=1)",
    "int('1', bogus=1)",
    "dict(a=1).get('a', bogus=1)",
    "max([1], bogus=1)",
    "min([1], bogus=1)",
    "enumerate([1], bogus=1)",
    "round(1.5, bogus=1)",
    "'a'.replace('a', 'b', bogus=1)",
    "sum([1], bogus=1)",
    "' '.join(['a'], bogus=1)",
    "list(range(3)).index(1, bogus=1)",
    "'abc'.find('b', bogus=1)",
    "divmod(1, 2, bogus=1)",
    "isinstance(1, int, bogus=1)",
    "getattr(1, 'real', bogus=1)",
    "open('/dev/null', bogus=1)",
    "'{}'.format(1, bogus=1)",
    "dict.fromkeys([1], bogus=1)",
    "str.maketrans('a', 'b', bogus=1)",
    "'a'.center(3, bogus=1)",
    "'a'.splitlines(bogus=1)",
    "bytes(3, bogus=1)",
    "float('1', bogus=1)",
    "tuple([1], bogus=1)",
    "set([1], bogus=1)",
    "frozenset([1], bogus=1)",
    "list([1], bogus=1)",
    "zip([1], bogus=1)",
    "map(str, [1], bogus=1)",
    "filter(None, [1], bogus=1)",
    "reversed([1], bogus=1)",
    "iter([1], bogus=1)",
    "next(iter([1]), bogus=1)",
    "hash(1, bogus=1)",
    "repr(1, bogus=1)",
    "abs(1, bogus=1)",
    "len([1], bogus=1)",
    "chr(65, bogus=1)",
    "ord('a', bogus=1)",
    "pow(2, 3, bogus=1)",
    "[].append(1, bogus=1)",
    "{}.update(a=1)",
    "{}.setdefault('a', bogus=1)",
    "{}.pop('a', 1, bogus=1)",
    "'a'.startswith('a', bogus=1)",
    "'a'.strip(bogus=1)",
    "'a'.ljust(3, bogus=1)",
    "'a'.count('a', bogus=1)",
    "'a'.expandtabs(bogus=1)",
    "(1).to_bytes(2, 'big', bogus=1)",
    "int.from_bytes(b'a', 'big', bogus=1)",
    "'a'.zfill(3, bogus=1)",
    "'%s' % 1",
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', 'ok')
    except TypeError as e:
        print(t, '->', 'TypeError:', e)
    except Exception as e:
        print(t, '->', type(e).__name__, e)
class T(tuple): pass
try: T([1], bogus=1)
except TypeError as e: print(e)
print(T([1,2]), tuple(), tuple('ab'))
