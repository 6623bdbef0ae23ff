x = 10
print(eval("x * 2 + 1"))
exec("y = x + 5")
print(y)
ns = {}
exec("def f(a):\n    return a * 3\nz = f(4)", ns)
print(ns['z'], sorted(k for k in ns if k != '__builtins__'))
print(eval("a + b", {"a": 1, "b": 2}))
def use_locals():
    q = 5
    return sorted(locals().items())
print(use_locals())
print('x' in globals(), globals()['x'])
code = compile("1 + 2", "<expr>", "eval")
print(eval(code))
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", type(e).__name__)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print("caught", e)
