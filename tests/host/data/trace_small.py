class Box:
    def __repr__(self):
        return 'Box()'

def pick(items, i):
    try:
        return items[i]
    except IndexError:
        return None

b = Box()
for k in (0, 5):
    print(pick([b, 'x' * 50], k))
