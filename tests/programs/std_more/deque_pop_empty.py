# An uncaught IndexError from popping an empty deque.
from collections import deque

jobs = deque(['a', 'b'])
while True:
    print('job', jobs.popleft())
