def f(): return {}
f()["k"]
