name = 5
msg = "hello " + name + "!"
