# A metaclass called with the wrong number of arguments reaches type.__new__'s own argument
# check; `type` itself also takes the one-argument form.


class M(type):
    pass


for args in [(1,), (1, 2), (1, 2, 3, 4), ("X", (), {})]:
    try:
        print(M(*args))
    except TypeError as e:
        print("TypeError:", e)

for args in [(1,), (1, 2), (1, 2, 3, 4)]:
    try:
        print(type(*args))
    except TypeError as e:
        print("TypeError:", e)
