# Calls: each fib() call is a new frame; `pyvm dis` shows the CALL_FUNCTION and RETURN_VALUE.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for i in range(20):
    print(i, fib(i))
