# Translated Python functions called from builtins (sorted's key, map, filter, min/max): results,
# exceptions raised inside them (caught there or leaving through the builtin), and tracebacks.
import sys


def key(v):
    return (v % 7, -v)


def careful_key(v):
    try:
        return 100 // (v % 5)
    except ZeroDivisionError:
        return -1


def strict_key(v):
    if v % 101 == 5:
        raise ValueError("no %d" % v)
    return v


def run():
    data = [(i * 7919) % 1009 for i in range(400)]
    out = []
    for _ in range(5):
        out.append(sorted(data, key=key)[:4])
        out.append(sum(map(careful_key, data)))
        out.append(list(filter(lambda v: v % 97 == 0, data)))
        out.append((min(data, key=careful_key), max(data, key=key)))
    print(out[:4])
    caught = 0
    names = []
    for k in range(30):
        try:
            sorted(data[:40 + k], key=strict_key)
        except ValueError:
            caught += 1
            err = sys.exc_info()[1]
            tb = sys.exc_info()[2]
            names = [str(err)]
            while tb is not None:
                names.append(tb.tb_frame.f_code.co_name)
                tb = tb.tb_next
    print(caught, names)


run()
