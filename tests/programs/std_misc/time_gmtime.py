import time
for secs in [0, 1, 86399, 86400, 951782400, 1700000000, 1700000000.9, -1, -86400 * 366, 2**31, 4102444800]:
    t = time.gmtime(secs)
    print(secs, tuple(t), t.tm_wday, t.tm_yday, t.tm_zone, t.tm_gmtoff)
t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_isdst, len(t), t[0], t[-1], t[:3], list(t)[6:])
print(type(t).__name__, isinstance(t, tuple), t == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
for bad in ['x', float('nan'), float('inf')]:
    try:
        time.gmtime(bad)
    except Exception as e:
        print(type(e).__name__, e)
