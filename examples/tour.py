# A short tour: run it with `pyvm run examples/tour.py`, then look at its bytecode with
# `pyvm dis examples/tour.py`.


def fib(n):
    """Recursive Fibonacci: every call pushes a new frame on pyvm's frame stack."""
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def make_counter():
    count = 0

    def increment(step=1):
        nonlocal count          # a cell shared by both functions (LOAD_DEREF/STORE_DEREF)
        count += step
        return count

    return increment


def classify(numbers):
    evens, odds = [], []
    for n in numbers:
        if n % 2 == 0:
            evens.append(n)
        else:
            odds.append(n)
    return evens, odds


def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    finally:
        print(f"safe_div({a}, {b}) done")


if __name__ == "__main__":
    print("fib:", [fib(i) for i in range(12)])
    counter = make_counter()
    counter()
    counter(10)
    print("counter:", counter())
    print("classify:", classify(range(10)))
    print("2**100 =", 2 ** 100)
    print(safe_div(1, 4), safe_div(1, 0))
    squares = {n: n * n for n in range(5)}
    print(squares, sum(v for v in squares.values() if v % 2))
