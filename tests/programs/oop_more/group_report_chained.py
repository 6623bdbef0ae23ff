# A group raised from a cause, split, and the rest re-raised: the copy keeps the cause and
# traceback of the original and gains the frame it is raised from.
class MyEG(ExceptionGroup):
    def __str__(self):
        return f"custom {self.message}"
def inner():
    raise ValueError("v")
try:
    inner()
except ValueError as v:
    cause = v
try:
    raise KeyError("ctx")
except KeyError:
    eg = MyEG("grp", [TypeError("t"), ExceptionGroup("sub", [OSError("o")])])
    try:
        raise eg from cause
    except MyEG as caught:
        m, r = caught.split(TypeError)
        raise r
