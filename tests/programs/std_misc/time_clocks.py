import time
t0 = time.time()
print(type(t0).__name__, t0 > 1.6e9, type(time.time_ns()).__name__, time.time_ns() > 1.6e18)
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
print(time.perf_counter() - p0 >= 0.009, time.monotonic() >= m0, time.sleep(0))
print(type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__, type(time.process_time()).__name__, time.process_time() >= 0)
print(time.perf_counter_ns() <= time.perf_counter_ns(), abs(time.time() - time.mktime(time.localtime())) < 2)
lt = time.localtime()
print(type(lt).__name__, len(lt), 1 <= lt.tm_mon <= 12, isinstance(time.ctime(), str), len(time.ctime(0)) == 24)
for bad in [-1, 'x']:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
