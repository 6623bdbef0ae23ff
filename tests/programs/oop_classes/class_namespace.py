x = 'global x'


class A:
    x = 'class x'
    y = x + '!'
    items = [i * 2 for i in range(3)]
    z = [x for _ in range(2)]

    def get_x(self):
        return x


print(A.y, A.items, A.z, A().get_x())


def outer():
    v = 'enclosing'

    class B:
        w = v
        v2 = v + '?'

        def m(self):
            return v
    return B


B = outer()
print(B.w, B.v2, B().m())


def outer2():
    v = 1

    class C:
        v = 2
        seen = v

        def m(self):
            return v
    return C


C = outer2()
print(C.seen, C.v, C().m())

counter = 0


class D:
    global counter
    counter += 1
    names = dir()


print(counter, sorted(D.names))


class E:
    a = 1
    del a
    b = 2


print(hasattr(E, 'a'), E.b)


class F:
    for i in range(3):
        locals()['k%d' % i] = i
    del i


print(F.k0, F.k1, F.k2)
