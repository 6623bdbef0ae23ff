print(sorted([3, 1], key=lambda v: v.x))
