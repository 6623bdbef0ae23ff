# A string in a | annotation is an uncaught TypeError at definition time.
def ok(x: int | None) -> list[int] | None:
    return None


print(ok.__annotations__)


def bad(x: int | 'str'):
    return x
