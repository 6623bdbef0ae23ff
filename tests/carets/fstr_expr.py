x = None
s = f"val {x + 1}"
