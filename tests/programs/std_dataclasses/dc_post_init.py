from dataclasses import dataclass, field, InitVar, fields

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        if self.w < 0 or self.h < 0:
            raise ValueError('negative size')
        self.area = self.w * self.h

print(Rect(2, 3), Rect(1.5, 2).area)
try:
    Rect(-1, 2)
except ValueError as e:
    print(type(e).__name__, e)

@dataclass
class User:
    name: str
    password: InitVar[str] = None
    hashed: str = field(init=False, default='')
    def __post_init__(self, password):
        self.hashed = '' if password is None else password[::-1].upper()

u = User('ann', 'secret')
print(u, u.hashed, [f.name for f in fields(u)], User('bob'))
print(hasattr(u, 'password') and u.password)

@dataclass
class Base:
    x: int
    def __post_init__(self):
        print('base post init', self.x)

@dataclass
class Child(Base):
    y: int = 5
    def __post_init__(self):
        super().__post_init__()
        print('child post init', self.y)
print(Child(1, 2))

@dataclass
class Normalized:
    email: str
    tags: list = field(default_factory=list)
    def __post_init__(self):
        self.email = self.email.strip().lower()
        self.tags = sorted(set(self.tags))
print(Normalized('  Foo@Example.COM ', ['b', 'a', 'b']))
