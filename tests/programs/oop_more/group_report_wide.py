# More than 15 sub-exceptions: the rest are summarised, and a group raised while handling
# another exception shows that context first.
try:
    1 / 0
except ZeroDivisionError:
    raise BaseExceptionGroup("many", [ValueError(i) for i in range(17)] + [KeyboardInterrupt()])
