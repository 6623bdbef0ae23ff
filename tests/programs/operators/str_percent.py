# str % args: every conversion against ints (small and big), floats, bools and strs; a str
# subclass on the right whose __rmod__ goes first; argument-count errors.
class S(str):
    def __rmod__(self, other): return "rmod!"
class T(str): pass
vals = [0, 5, -5, 2**60, -2**60, 3.7, True, "s"]
fmts = ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%#X", "%o", "%.3d", "%s", "%r", "%i", "%u"]
for f in fmts:
    row = []
    for v in vals:
        try: row.append(f % v)
        except TypeError as e: row.append("TE:" + str(e))
    print(f, row)
print("%s = %d" % ("abc", 7), "a%%b" % (), "%(x)s" % {"x": 1}, "k%d" % 3)
print("%s" % S("z"), "x" % S("q"), "%s" % T("t"))
try: "%d %d" % (1,)
except TypeError as e: print(e)
try: "%d" % (1, 2)
except TypeError as e: print(e)
print("%s" % (1,), "%s" % [1], "%s %s" % ("a", "b"))
