a = x and y
b = x or y
c = x and y or z
d = (x or y) and z
e = not x
f = x and y and z
g = x or y or z
if x and y: pass
if x or y: pass
if not (x and y): pass
while x or y:
    break
h = x if y else z
