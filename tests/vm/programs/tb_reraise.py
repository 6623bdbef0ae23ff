def work():
    try:
        int("x")
    except ValueError:
        print("logging and reraising")
        raise

work()
