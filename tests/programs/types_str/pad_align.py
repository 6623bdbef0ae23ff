# center/ljust/rjust/zfill/expandtabs with fill characters and errors.
for w in [0, 3, 7, 8, 11]:
    print(repr('abc'.center(w)), repr('abc'.center(w, '*')), repr('ab'.center(w, '-')), repr('abc'.ljust(w, '.')), repr('abc'.rjust(w)), repr('42'.zfill(w)), repr('-42'.zfill(w)), repr('+x'.zfill(w)))
print('a\tbc\tdef\tg'.expandtabs(), 'a\tbc\tdef'.expandtabs(4), 'x\ty\n\tz'.expandtabs(2), '\t'.expandtabs(0), 'ab\r\tc'.expandtabs(3))
for bad in ['ab', '', 5]:
    try:
        'x'.center(5, bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    'x'.ljust('5')
except TypeError as e:
    print(type(e).__name__, e)
print('ü'.center(5, 'é'), '中'.rjust(3, '文'), ''.zfill(3), '-'.zfill(3), '0042'.zfill(2))
