class Box:
    pass


b = Box()
print(b[0])
