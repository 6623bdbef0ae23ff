VALUE = 42
star_visible = "star import works"
_private = 1
def greet(name):
    return "hello " + name
print("helper module loaded")
