import time
print(time.asctime(time.gmtime(0)), time.asctime(time.gmtime(1700000000)))
print(time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)), time.asctime((1, 1, 1, 0, 0, 0, 0, 1, 0)))
st = time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0))
print(st, st.tm_yday, st.tm_wday, st.tm_zone, tuple(st))
st2 = time.struct_time([2021, 5, 6, 7, 8, 9, 3, 126, 1, 'ABC', 3600])
print(st2, st2.tm_zone, st2.tm_gmtoff, len(st2))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
for bad in [(1, 2, 3), list(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    st.tm_year = 5
except AttributeError as e:
    print(type(e).__name__)
