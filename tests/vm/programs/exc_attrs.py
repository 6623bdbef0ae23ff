try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, e)
e = ValueError("a", "b")
print(e.args, str(e), repr(e))
k = KeyError("key")
print(str(k), repr(k))
try:
    raise StopIteration(5)
except StopIteration as si:
    print(si.value)
try:
    raise SystemExit(2)
except SystemExit as se:
    print(se.code)
try:
    int("abc")
except ValueError as ve:
    print(ve)
try:
    [].pop()
except IndexError as ie:
    print(ie)
try:
    None.attr
except AttributeError as ae:
    print(ae)
try:
    "a" + 1
except TypeError as te:
    print(te)
try:
    {}[[1]] = 2
except TypeError as te:
    print(te)
err = RuntimeError("x")
err2 = err.with_traceback(None)
print(err is err2, err.__traceback__)
def tb_lines():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        return tb.tb_lineno, tb.tb_frame.f_code.co_name
print(tb_lines())
