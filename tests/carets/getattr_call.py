class A: pass
getattr(A(), "zz")
