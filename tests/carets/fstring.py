x = None
s = f"{x.y}"
