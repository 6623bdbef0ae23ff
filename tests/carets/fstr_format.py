x = 1.5
s = f"{x:d}"
