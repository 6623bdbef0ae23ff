class A:
    def m(self):
        return 'A.m'

class B(A):
    def m(self):
        return super().m()

class Unrelated:
    pass

def attempt(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('unrelated obj', lambda: super(B, Unrelated()))
attempt('unrelated type', lambda: super(B, Unrelated))
attempt('not a type', lambda: super(1, B()))
attempt('missing attr', lambda: super(B, B()).nope)
attempt('past end', lambda: super(A, A()).m)
attempt('module level', lambda: super())

def free_function(self):
    return super().m()
attempt('no __class__', lambda: free_function(B()))

class C(A):
    def no_args():
        return super()
    def deleted(self):
        del self
        return super()
    @staticmethod
    def static():
        return super().m()
attempt('no args', lambda: C.no_args())
attempt('deleted self', lambda: C().deleted())
attempt('staticmethod', lambda: C.static())

class D(A):
    def m(self):
        return super().m()
attempt('via method with wrong self', lambda: D.m(A()))
attempt('unbound super getattr', lambda: super(B).m)

# super() is just a class: callable with isinstance checks
print(isinstance(super(B, B()), super))
print(super(B, B()).m())
print(super(B, B()).__getattribute__('m')())
