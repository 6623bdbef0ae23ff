a = "s"
b = a // 2
