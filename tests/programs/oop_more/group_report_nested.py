# Nested groups, chained causes inside a group, notes, and the closing line drawn once.
def inner():
    try:
        {}["key"]
    except KeyError as e:
        raise RuntimeError("lookup failed") from e


problems = []
try:
    inner()
except RuntimeError as e:
    problems.append(e)

sub = ExceptionGroup("inner group", [ZeroDivisionError("div"), ValueError("v")])
sub.add_note("from the inner stage")
problems.append(sub)
try:
    raise ExceptionGroup("last", [OSError("o")])
except ExceptionGroup as e:
    problems.append(e)

raise ExceptionGroup("outer", problems)
