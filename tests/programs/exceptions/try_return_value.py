def parse(s):
    try:
        n = int(s)
    except ValueError:
        return None
    else:
        return n * 2
    finally:
        print('parsed', repr(s))
print(parse('21'), parse('z'))
def count():
    n = 0
    for i in range(10):
        try:
            if i % 3 == 0:
                continue
            n += i
        finally:
            n += 100
    return n
print(count())
