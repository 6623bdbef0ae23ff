class Base:
    def __init__(self):
        print('Base.__init__')
        self.trail = ['Base']

    def who(self):
        return ['Base']


class Left(Base):
    def __init__(self):
        print('Left.__init__ before')
        super().__init__()
        self.trail.append('Left')

    def who(self):
        return ['Left'] + super().who()


class Right(Base):
    def __init__(self):
        print('Right.__init__ before')
        super().__init__()
        self.trail.append('Right')

    def who(self):
        return ['Right'] + super().who()


class Bottom(Left, Right):
    def __init__(self):
        print('Bottom.__init__ before')
        super().__init__()
        self.trail.append('Bottom')

    def who(self):
        return ['Bottom'] + super().who()


b = Bottom()
print(b.trail, b.who())
print([c.__name__ for c in Bottom.__mro__])
print(Left().who(), Right().who())


class A:
    def go(self, log):
        log.append('A')


class B(A):
    def go(self, log):
        log.append('B')
        super().go(log)


class C(A):
    def go(self, log):
        log.append('C')
        super().go(log)


class D(B, C):
    def go(self, log):
        log.append('D')
        super().go(log)


class E(C, B):
    pass


log = []
D().go(log)
print(log)
log = []
E().go(log)
print(log, [k.__name__ for k in E.mro()])
