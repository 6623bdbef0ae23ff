xs = None
for i in xs or 5:
    pass
