# String concatenation, repetition, comparison, membership and iteration.
a, b = 'apple', 'Apple'
print(a + b, a * 3, 3 * b, a * 0, a * -2, a < b, a > b, a == 'apple', a != b, 'a' < 'b' < 'c', 'abc' < 'abd', 'ab' < 'abc', '' < 'a')
print('é' > 'z', '😀' > '\uffff', sorted(['b', 'a', 'B', 'é', '_', '1', 'aa']), max('hello'), min('hello'))
try:
    'a' + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' * 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
s = ''
for ch in 'abc':
    s += ch * 2
print(s, list(reversed(s)), tuple(s), set('aab') == {'a', 'b'}, 'x'.__add__('y'), 'x'.__mul__(3), 'x'.__rmul__(2), 'b'.__gt__('a'))
print(str.__name__, type('').__name__, isinstance('a', str), 'abc'.__len__(), 'abc'.__contains__('b'), 'abc'.__getitem__(1))
