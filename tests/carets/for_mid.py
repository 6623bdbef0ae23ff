data = {"a": 5}
for ch in data["a"]:
    pass
