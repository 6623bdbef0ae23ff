s = 'abcdef'
print(s[0], s[5], s[-1], s[-6], s[2:], s[:2], s[::2], s[1::2], s[::-2])
for i in range(-3, 3):
    print(i, s[i])
try:
    s[6]
except IndexError as e:
    print('IndexError:', e)
try:
    s[0] = 'x'
except TypeError as e:
    print('TypeError:', e)
print('é' * 3, len('é€😀'), '😀'[0], 'a😀b'[1:])
