for v in [[], {}, set(), bytearray(b'x'), ([],), slice(1, 2)]:
    try:
        hash(v)
        print('hashable', type(v).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {[]: 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d = {}
    d[{}] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1}.add([])
except TypeError as e:
    print(type(e).__name__, e)


class Eq:
    def __eq__(self, o):
        return True


try:
    {Eq(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([Eq()])
except TypeError as e:
    print(type(e).__name__, e)
print(hash(()) == hash(()), hash((1, 'a')) == hash((1, 'a')), hash(frozenset()) == hash(frozenset()))
