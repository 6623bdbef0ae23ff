import time
t = time.gmtime(1700000000)
for fmt in ['%Y-%m-%d', '%H:%M:%S', '%a %A %b %B', '%j %U %W %w %u', '%y %C %e %D %F %T %R', '%I %p %r', '%c', '%x %X', '%%', '%G-W%V', '%Z %z', 'plain text', '']:
    print(repr(fmt), repr(time.strftime(fmt, t)))
dates = [(2024, 1, 1, 0, 0, 0, 0, 1, 0), (2023, 12, 31, 23, 59, 59, 6, 365, 0), (2020, 2, 29, 12, 0, 0, 5, 60, 0), (2021, 1, 3, 9, 5, 7, 6, 3, 0), (1999, 12, 31, 13, 0, 0, 4, 365, 0)]
for d in dates:
    print(time.strftime('%Y %m %d %H %I %p %a %j %U %W %V %G', d))
print(time.strftime('%Y-%m-%d', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -1, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0), 5, (1, 2)]:
    try:
        print(time.strftime('%Y', bad))
    except Exception as e:
        print(type(e).__name__, e)
