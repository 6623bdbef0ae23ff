import re

LOG = """\
2024-01-05 10:15:32 INFO  server started on port 8080
2024-01-05 10:15:40 WARN  slow request /api/users took 1532ms
2024-01-05 10:16:01 ERROR database timeout after 30s (retry 1)
2024-01-05 10:16:02 INFO  request /api/items 200 12ms
2024-01-05 10:16:05 ERROR database timeout after 30s (retry 2)
garbage line without structure
2024-01-05 10:17:00 INFO  request /api/users 200 48ms
"""

LINE = re.compile(r'^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]{8}) (?P<level>[A-Z]+)\s+(?P<msg>.*)$')
by_level = {}
for raw in LOG.splitlines():
    m = LINE.match(raw)
    if not m:
        print('skip:', repr(raw))
        continue
    by_level.setdefault(m['level'], []).append(m.group('msg'))
for level, msgs in sorted(by_level.items()):
    print(level, len(msgs))
durations = [int(ms) for ms in re.findall(r'(\d+)ms\b', LOG)]
print(durations, sum(durations))
print(re.findall(r'^\S+ (\S+) ERROR', LOG, re.M))
retries = [int(m.group(1)) for m in re.finditer(r'\(retry (\d)\)', LOG)]
print(retries)
