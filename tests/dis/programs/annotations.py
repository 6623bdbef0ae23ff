x: int
y: int = 5
z.attr: str = 'a'
w[0]: float
def f(a: int, *args: str, b: 'c' = 1, **kw: dict) -> None:
    v: int = 3
    u: list
class K:
    p: int = 1
    q: str
