i = None
while i < 3:
    i += 1
