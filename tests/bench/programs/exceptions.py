# Raising and catching exceptions in a loop.
def check(i):
    if i % 3 == 0:
        raise ValueError(i)
    if i % 5 == 0:
        raise KeyError(i)
    return i


caught = 0
total = 0
for i in range(60000):
    try:
        total += check(i)
    except ValueError:
        caught += 1
    except KeyError as e:
        caught += 2
    finally:
        total += 1
print(caught, total)
