def use_undefined():
    return undefined_name


try:
    use_undefined()
except NameError as e:
    print(type(e).__name__, e, e.name)


def unbound():
    print(v)
    v = 1


try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)


class K:
    attr = 1

    def m(self):
        return attr


try:
    K().m()
except NameError as e:
    print(type(e).__name__, e)


def free():
    def inner():
        return w
    try:
        return inner()
    finally:
        pass
    w = 2


try:
    free()
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)


class Body:
    try:
        missing_in_body
    except NameError as e:
        print('class body', type(e).__name__, e)
