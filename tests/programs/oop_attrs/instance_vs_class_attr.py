class A:
    val = 'class'

    def method(self):
        return 'method'


a = A()
print(a.val)
a.val = 'instance'
print(a.val, A.val)
a.method = lambda: 'instance lambda'
print(a.method(), A.method(a), A().method())
del a.method
print(a.method())
A.val = 'changed class'
print(a.val, A().val)
del a.val
print(a.val)


class Counter:
    n = 0

    def inc(self):
        self.n += 1


c1, c2 = Counter(), Counter()
c1.inc()
c1.inc()
c2.inc()
print(c1.n, c2.n, Counter.n, 'n' in vars(c1))


class WithList:
    data = []


w1, w2 = WithList(), WithList()
w1.data.append(1)
w2.data = [2]
print(w1.data, w2.data, WithList.data)


class Base:
    x = 'base'


class Derived(Base):
    pass


d = Derived()
print(d.x)
Base.x = 'base2'
print(d.x)
Derived.x = 'derived'
print(d.x, Base.x)
del Derived.x
print(d.x)
