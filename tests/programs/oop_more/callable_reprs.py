# Reprs and type names of functions, bound methods, builtin methods, slot wrappers,
# method-wrappers, classmethod/staticmethod objects and __new__.
class A:
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
a = A()
def clean(x):
    r = repr(x)
    i = r.find(" at 0x")
    while i >= 0:
        j = i + 6
        while j < len(r) and r[j] in "0123456789abcdef":
            j += 1
        r = r[:i] + " at 0x?" + r[j:]
        i = r.find(" at 0x", i + 1)
    return r
for x in [a.m, A.m, A.c, a.c, A.s, [].append, list.append, len, a.__init__, A.__init__, object.__init__, a.__str__, int.__add__, (1).__add__, A.__dict__['c'], A.__dict__['s'], str.join, "".join, dict.fromkeys, A.__repr__, type.__call__, print, a.__class__, A.__new__, object.__new__, int.__new__]:
    print(clean(x), type(x).__name__)
