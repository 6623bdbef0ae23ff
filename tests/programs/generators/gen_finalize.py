# A generator's finally runs when the last reference goes: leaving a for loop early, and at exit.
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)
it = g("stored")
for x in it:
    break
print("after stored")
def f():
    for x in g("ret"):
        return x
print(f())
try:
    for x in g("exc"):
        raise ValueError
except ValueError:
    print("caught")
for x in (y for y in g("genexp")):
    break
print("end")
