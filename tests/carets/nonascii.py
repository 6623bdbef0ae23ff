s = "héllo"
t = s + 1
