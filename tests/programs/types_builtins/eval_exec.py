# eval/exec/compile with globals and locals dicts, and globals()/locals().
print(eval('1 + 2 * 3'), eval('x * 2', {'x': 21}), eval('x + y', {'x': 1}, {'y': 2}), eval('len(s)', {'s': 'abc'}))
g = {}
exec('a = 5\ndef f(n):\n    return n * a\nb = f(3)', g)
print(g['a'], g['b'], sorted(k for k in g if not k.startswith('__')), '__builtins__' in g)
l = {}
exec('z = 10\nw = z + 1', {}, l)
print(l)
code = compile('q * q', '<expr>', 'eval')
print(eval(code, {'q': 7}), type(code).__name__, code.co_filename)
code2 = compile('for i in range(3): print("loop", i)', '<loop>', 'exec')
exec(code2)
code3 = compile('1 + 1', 'f', 'single')
exec(code3)
def outer():
    local_var = 42
    other = 'x'
    return sorted(locals().items())
print(outer())
print('eval_exec' in globals().get('__file__', 'eval_exec'), globals()['__name__'], type(globals()).__name__)
for src, mode in [('1 +', 'eval'), ('x = ', 'exec'), ('return 5', 'exec')]:
    try:
        compile(src, '<bad>', mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
try:
    eval('undefined_name')
except NameError as e:
    print(type(e).__name__, e)
try:
    compile('1', '<x>', 'nope')
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
ns = {'data': [3, 1, 2]}
exec('data.sort()\nresult = [d * 10 for d in data]', ns)
print(ns['data'], ns['result'], eval('[n for n in range(4) if n % 2]'), eval('(lambda k: k + 1)(1)'))
