class C:
    pass


values = [C(), 5, 'x', None, 1.5, [1], (1,), {1: 2}, {1}, b'b', True, C, range(2)]
for v in values:
    try:
        v()
        print('callable', type(v).__name__)
    except TypeError as e:
        print(e)
for v in values:
    try:
        iter(v)
        print('iterable', type(v).__name__)
    except TypeError as e:
        print(e)
for v in values:
    try:
        v[0]
        print('subscriptable', type(v).__name__)
    except TypeError as e:
        print(e)
    except (KeyError, IndexError) as e:
        print('lookup', type(e).__name__)
for v in values:
    try:
        len(v)
        print('sized', type(v).__name__)
    except TypeError as e:
        print(e)
for v in values:
    try:
        v[0] = 1
        print('assignable', type(v).__name__)
    except TypeError as e:
        print(e)
    except (IndexError, KeyError) as e:
        print('lookup', type(e).__name__)
try:
    a, b = C()
except TypeError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    {**[1]}
except TypeError as e:
    print(e)
try:
    for x in 3.5:
        pass
except TypeError as e:
    print(e)
try:
    1 in 5
except TypeError as e:
    print(e)
