x = None
if x > 1:
    pass
