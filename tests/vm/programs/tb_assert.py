x = 5
assert x == 5, "fine"
assert x > 10, "x too small: %d" % x
