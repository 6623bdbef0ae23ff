g = 1
def read_global():
    return g
def write_global():
    global g
    g = 2
print(read_global())
write_global()
print(g)
def unbound():
    print(h)
    h = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    print(undefined_name)
except NameError as e:
    print(e)
x = 5
del x
try:
    x
except NameError as e:
    print(e)
def del_local():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(del_local())
class C:
    attr = 10
    doubled = attr * 2
    def m(self):
        return C.attr
print(C.doubled, C().m())
def class_in_func():
    v = 'closure'
    class Inner:
        val = v
        def get(self):
            return v
    return Inner.val, Inner().get()
print(class_in_func())
