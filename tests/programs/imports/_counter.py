import sys
execs = getattr(sys, '_counter_execs', 0) + 1
sys._counter_execs = execs
print('executing _counter, time', execs)
