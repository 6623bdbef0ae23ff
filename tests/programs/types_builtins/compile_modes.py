# compile() flags and modes, code object attributes, and running the same code object twice.
c = compile('x = 1\ny = x + 1\n', 'mod.py', 'exec')
print(c.co_filename, c.co_name, c.co_names, c.co_consts, type(c).__name__)
g1, g2 = {}, {'x': 5}
exec(c, g1)
exec(c, g2)
print(g1['y'], g2['y'])
e = compile('a * b', '<e>', 'eval')
print([eval(e, {'a': i, 'b': i + 1}) for i in range(5)], e.co_names)
s = compile('print("single", 1 + 1)', '<s>', 'single')
exec(s)
try:
    exec(compile('1/0', 'boom.py', 'exec'))
except ZeroDivisionError as err:
    print(type(err).__name__, err)
try:
    compile(5, '<x>', 'exec')
except TypeError as err:
    print(type(err).__name__, err)
print(eval('__name__'), eval('__name__', {}), eval('__name__', {'__name__': 'custom'}))
