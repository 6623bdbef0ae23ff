# str.maketrans/translate in all three forms, and errors.
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc'.translate(t))
t2 = str.maketrans('abc', 'xyz', 'd')
print('abcdabcd'.translate(t2), sorted(t2.items()))
t3 = str.maketrans({'a': '1', 'b': None, ord('c'): 'CC'})
print(sorted(t3.items()), 'abcabc'.translate(t3))
print('hello'.translate({104: 'J', 108: None}), 'hello'.translate({}), 'héllo'.translate({233: 'e'}))
for args in [('ab', 'x'), ({'ab': 1},), (1,)]:
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class L:
    def __getitem__(self, k):
        if k == ord('a'):
            return 'A'
        raise LookupError
print('banana'.translate(L()))
try:
    'abc'.translate({97: 5})
except TypeError as e:
    print(type(e).__name__, e)
