# Indexing and slicing str by ints, bools, __index__ objects and slices, on text with and
# without astral characters, the errors, and a subclass with its own __getitem__.
class Idx:
    def __index__(self):
        return 2
s = 'hello'
a = 'a\U0001F600b\U0001F601c'
print(s[0], s[-1], s[True], s[Idx()], s[1:3], s[::-1], s[::2], s[10:], s[-100:2], a[1], a[-2], a[1:4], a[::-1], a[::2], len(a[1]))
for k in (1.0, 'x', None, [1], 2 ** 70, -6, 5):
    for t in (s, a):
        try:
            print(repr(t[k]))
        except (TypeError, IndexError) as e:
            print(type(e).__name__, e)
class S(str):
    def __getitem__(self, k):
        return 'S!'
print(S('abc')[0], S('abc')[0:1], ''.join(S('xy')))
