# An uncaught ExceptionGroup is reported in 3.11's boxed format.
def fail(n):
    raise ValueError(f"bad value {n}")


errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
errors.append(TypeError("no traceback"))
raise ExceptionGroup("several things failed", errors)
