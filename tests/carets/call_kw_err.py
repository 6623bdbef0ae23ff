print(1, sepx=2)
