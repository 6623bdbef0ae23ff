def f():
    try:
        raise TypeError("from try")
    finally:
        print("finally before propagation")

def g():
    f()

g()
