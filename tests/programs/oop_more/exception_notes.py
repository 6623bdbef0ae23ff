# add_note and __notes__: the list is an ordinary attribute that can be replaced, and the
# report prints whatever it holds.

e = ValueError("x")
try:
    e.__notes__
except AttributeError as err:
    print("AttributeError:", err)
for bad in (5, None, b"bytes"):
    try:
        e.add_note(bad)
    except TypeError as err:
        print("TypeError:", err)
e.add_note("first")
e.add_note("second\nwith two lines")
print(e.__notes__)
e.__notes__ = ["replaced"]
e.add_note("appended")
print(e.__notes__)
e.__notes__ = ("a", "tuple")
try:
    e.add_note("more")
except TypeError as err:
    print("TypeError:", err)
del e.__notes__
try:
    del e.__notes__
except AttributeError as err:
    print("AttributeError:", err)
e.add_note("fresh")
print(e.__notes__)


class Custom(Exception):
    pass


c = Custom("c")
try:
    c.__notes__
except AttributeError as err:
    print("AttributeError:", err)

try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        inner.add_note("while looking up")
        raise
except KeyError as caught:
    print(caught.__notes__)

err = RuntimeError("final")
err.add_note("note one")
err.add_note("note two\nsecond line")
raise err
