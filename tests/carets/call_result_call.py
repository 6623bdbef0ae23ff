def f(): return None
f()()
