def make_counter_class(start):
    class Counter:
        initial = start

        def __init__(self):
            self.value = start

        def inc(self, by=1):
            self.value += by
            return self

        def __repr__(self):
            return 'Counter(%d from %d)' % (self.value, start)
    return Counter


C5 = make_counter_class(5)
C10 = make_counter_class(10)
print(C5().inc().inc(3), C10().inc(), C5 is C10, C5.__qualname__, C5.initial, C10.initial)


def make_classes(n):
    out = []
    for i in range(n):
        class K:
            idx = i

            def get(self, _i=i):
                return _i
        out.append(K)
    return out


ks = make_classes(3)
print([k.idx for k in ks], [k().get() for k in ks], len(set(ks)))


def closure_method():
    secret = 'hidden'

    class Holder:
        def reveal(self):
            return secret

        def change(self):
            nonlocal secret
            secret = 'changed'
    return Holder()


h = closure_method()
print(h.reveal())
h.change()
print(h.reveal())
