# try/finally with break and return: watch SETUP_FINALLY, END_FINALLY and the `why` codes.


def first_negative(items):
    for i, x in enumerate(items):
        try:
            if x < 0:
                return i
        finally:
            print("checked", x)
    return -1


def loop_with_break():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print("finally runs for n =", n)
    return n


print(first_negative([3, 1, -4, 1]))
print(loop_with_break())
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e)
