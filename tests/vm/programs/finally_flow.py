def ret_in_finally():
    try:
        return 1
    finally:
        print("finally runs")
print(ret_in_finally())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def swallow():
    try:
        raise ValueError("x")
    finally:
        return "swallowed"
print(swallow())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def nested():
    for i in range(3):
        try:
            try:
                if i == 1:
                    return "returned at 1"
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)
print(nested())
def loop_in_except():
    out = []
    for i in range(4):
        try:
            raise KeyError(i)
        except KeyError:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out
print(loop_in_except())
def ret_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("cleanup")
print(ret_in_except())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n > 3:
                break
        finally:
            print("tick", n)
    return n
print(while_finally())
