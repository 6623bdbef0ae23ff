class C:
    def __enter__(self): return self
    def __exit__(self, *a): raise KeyError("e")
with C():
    pass
