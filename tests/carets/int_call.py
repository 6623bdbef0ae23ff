x = int(None)
