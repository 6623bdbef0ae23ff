# A small parser that ends in an uncaught ValueError raised by user code.
def parse_pair(s):
    if '=' not in s:
        raise ValueError(f'expected key=value, got {s!r}')
    k, v = s.split('=', 1)
    return k.strip(), v.strip()
for item in ['a = 1', 'b=2', 'broken']:
    print(parse_pair(item))
