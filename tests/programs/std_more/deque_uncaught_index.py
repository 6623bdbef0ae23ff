# Indexing past the end of a deque is an uncaught IndexError.
from collections import deque

window = deque(range(5), maxlen=3)
print(window, window[0], window[-1])
print(window[3])
