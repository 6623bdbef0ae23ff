# ExceptionGroup / BaseExceptionGroup construction: the checks, the type chosen, message,
# exceptions, args, str and repr.

def attempt(make):
    try:
        g = make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
    else:
        print(type(g).__name__, repr(g), "|", g, "|", g.message, g.exceptions, g.args)


attempt(lambda: ExceptionGroup("two", [ValueError(1), TypeError("t")]))
attempt(lambda: ExceptionGroup("one", (KeyError("k"),)))
attempt(lambda: BaseExceptionGroup("plain", [ValueError()]))
attempt(lambda: BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()]))
attempt(lambda: ExceptionGroup("bad", [KeyboardInterrupt()]))
attempt(lambda: ExceptionGroup())
attempt(lambda: ExceptionGroup("m"))
attempt(lambda: ExceptionGroup("m", [ValueError()], 3))
attempt(lambda: ExceptionGroup(42, [ValueError()]))
attempt(lambda: ExceptionGroup("m", 5))
attempt(lambda: ExceptionGroup("m", []))
attempt(lambda: ExceptionGroup("m", [ValueError(), "oops"]))
attempt(lambda: ExceptionGroup("m", [ValueError()], extra=1))
attempt(lambda: ExceptionGroup("gen", (e for e in [ValueError()])))
attempt(lambda: ExceptionGroup("nested", [ExceptionGroup("inner", [ValueError(1)]), OSError()]))

print(ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
print(isinstance(ExceptionGroup("x", [ValueError()]), BaseExceptionGroup))

g = ExceptionGroup("ro", [ValueError()])
for attr in ("message", "exceptions"):
    try:
        setattr(g, attr, None)
    except AttributeError as e:
        print("AttributeError:", e)

try:
    raise ExceptionGroup("caught", [ValueError(1)])
except Exception as e:
    print("caught as Exception:", type(e).__name__, e)

try:
    raise BaseExceptionGroup("kb", [KeyboardInterrupt()])
except Exception:
    print("not here")
except BaseException as e:
    print("caught as BaseException:", type(e).__name__, e)
