try:
    [][0]
except IndexError:
    x = None
    x.attr
