x: int = 5
y: str
z: list = []
print(x, z)
print(__annotations__)
def f(a: int, b: 'str' = 'B', *args: float, c: bool = True, **kw: dict) -> None:
    return a
print(f(1), sorted(f.__annotations__))
print(f.__annotations__['return'], f.__annotations__['b'])
def g():
    local: int = 3
    other: str
    return local
print(g())
