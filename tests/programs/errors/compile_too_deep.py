# Source nested too deeply for the compiler gives RecursionError "during compilation", which
# the program can catch, from compile(), exec() and eval() alike; shallower nesting compiles.
chain = " + ".join(["x"] * 3000)
for kind, run in [("compile", lambda s: compile(s, "<deep>", "exec")),
                  ("exec", lambda s: exec(s, {"x": 1})),
                  ("eval", lambda s: eval(s, {"x": 1}))]:
    try:
        run(chain)
        print(kind, "compiled")
    except RecursionError as e:
        print(kind, type(e).__name__, e)
print(eval(" + ".join(["x"] * 500), {"x": 2}))
print(eval("(" * 100 + "7" + ")" * 100))
exec("y = " + " * ".join(["2"] * 60))
print(y)
