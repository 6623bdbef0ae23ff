# Ends in an uncaught ZeroDivisionError to check traceback and exit status.
def average(xs):
    return sum(xs) // len(xs)
print(average([1, 2, 3]))
print(average([]))
