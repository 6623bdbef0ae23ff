from enum import Flag, IntFlag, auto

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    ALL = R | W | X

print(Perm.R, repr(Perm.W), Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.RW, Perm.ALL)
print(list(Perm), [p.value for p in Perm], len(Perm))
rw = Perm.R | Perm.W
print(Perm.R in rw, Perm.X in rw, bool(rw), bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(rw & Perm.W, rw ^ Perm.R, ~Perm.R, ~Perm.ALL, list(rw), len(rw))
print(Perm(3), Perm(7) is Perm.ALL, Perm(6), Perm.RW is (Perm.R | Perm.W))
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__)
try:
    Perm.R | 1
except TypeError as e:
    print(type(e).__name__, e)

class Style(IntFlag):
    BOLD = 1
    ITALIC = 2
    UNDERLINE = 4

s = Style.BOLD | Style.UNDERLINE
print(s, repr(s), int(s), s & 4, repr(s & Style.ITALIC), s | 2, repr(Style.BOLD | 8), s == 5)
print(Style(3), repr(Style(0)), Style.ITALIC in s, list(Style(7)), ~Style.BOLD)
print(isinstance(s, int), s + 1, sorted([Style.UNDERLINE, Style.BOLD]))

def render(text, style):
    if Style.BOLD in style:
        text = '*' + text + '*'
    if Style.ITALIC in style:
        text = '_' + text + '_'
    if Style.UNDERLINE in style:
        text = text + '\n' + '-' * len(text)
    return text
print(render('hi', Style.BOLD | Style.ITALIC))
print(render('yo', Style(7)))
