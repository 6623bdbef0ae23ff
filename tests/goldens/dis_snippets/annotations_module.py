x: int = 1
y: 'str'
z.attr: int = 3
w[0]: float
def f(a: int, *b: str, c: 'kw' = 1, **d: dict) -> bool:
    v: int = 2
    return True
