# split / subgroup rebuild the nested structure around the selected leaves, and keep the
# traceback, cause, context and notes of each group they copy.

def tree(g, indent=0):
    pad = "  " * indent
    if g is None:
        print(pad + "None")
        return
    if isinstance(g, BaseExceptionGroup):
        print(f"{pad}{type(g).__name__}({g.message!r})")
        for e in g.exceptions:
            tree(e, indent + 1)
    else:
        print(f"{pad}{type(g).__name__}({g})")


eg = ExceptionGroup("top", [
    ValueError(1),
    TypeError(2),
    ExceptionGroup("mid", [ValueError(3), KeyError(4), ExceptionGroup("low", [TypeError(5)])]),
    OSError(6),
])

match, rest = eg.split(ValueError)
print("split ValueError")
tree(match)
tree(rest)

match, rest = eg.split((TypeError, KeyError))
print("split (TypeError, KeyError)")
tree(match)
tree(rest)

print("subgroup predicate")
tree(eg.subgroup(lambda e: isinstance(e, (ValueError, OSError)) and not isinstance(e, BaseExceptionGroup)))

print("whole matches")
print(eg.subgroup(ExceptionGroup) is eg, eg.split(Exception) == (eg, None))
print(eg.subgroup(lambda e: e is eg) is eg)
print(eg.subgroup(ZeroDivisionError), eg.split(ZeroDivisionError)[0], eg.split(ZeroDivisionError)[1] is eg)

inner_match = eg.subgroup(lambda e: isinstance(e, KeyError))
print(type(inner_match).__name__, inner_match.exceptions[0].message)

# copied metadata
try:
    try:
        raise RuntimeError("ctx")
    except RuntimeError:
        raise ExceptionGroup("meta", [ValueError("a"), TypeError("b")]) from OSError("cause")
except ExceptionGroup as caught:
    caught.add_note("note 1")
    m, r = caught.split(ValueError)
    for part in (m, r):
        print(type(part).__name__, part.message, part.exceptions,
              repr(part.__cause__), repr(part.__context__), part.__notes__,
              part.__traceback__ is caught.__traceback__, part.__suppress_context__)
    print(m.__notes__ is caught.__notes__)

for bad in (1, "x", (ValueError, 2), [ValueError], None):
    try:
        eg.split(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    eg.subgroup()
except TypeError as e:
    print("TypeError:", e)

# a predicate sees the groups themselves too
seen = []
eg.subgroup(lambda e: seen.append(type(e).__name__) or False)
print(seen)

# BaseExceptionGroup keeps its type when a BaseException remains
beg = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
m, r = beg.split(ValueError)
print(type(m).__name__, type(r).__name__)
