d = {}
v = d[
    "key"
]
