def a(): b()
def b(): c()
def c(): return [][1]
a()
