d = {}
v = d.get("a").upper()
