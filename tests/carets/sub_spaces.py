d = {}
v = d[ "k" ]  # comment
