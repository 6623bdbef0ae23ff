# exec and eval see the namespaces they are given; functions defined by exec use their globals.
src = '''
counter = 0
def bump(n=1):
    global counter
    counter += n
    return counter
'''
ns = {}
exec(src, ns)
print(ns['bump'](), ns['bump'](5), ns['counter'])
ns2 = {'counter': 100}
exec(src.replace('counter = 0', ''), ns2)
print(ns2['bump'](), ns2['counter'])
x = 'global x'
def f():
    x = 'local x'
    return eval('x'), eval('x', globals()), eval('x', {'x': 'given'})
print(f())
glb = {'__builtins__': {'len': len}}
print(eval('len([1, 2])', glb))
try:
    eval('print(1)', glb)
except NameError as e:
    print(type(e).__name__, e)
loc = {'a': 1}
exec('b = a + 1\na = 100', {}, loc)
print(sorted(loc.items()))
code = compile('''
total = 0
for i in range(5):
    total += i
''', '<prog>', 'exec')
space = {}
exec(code, space)
print(space['total'], code.co_name, code.co_filename)
print(eval(compile('3 ** 3', '<e>', 'eval')), exec('None'), eval('None'))
