fs = {}
fs["k"](1)
