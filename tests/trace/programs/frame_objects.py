import sys


def show(v):
    s = repr(v)
    i = s.find(' at 0x')
    while i >= 0:
        j = s.find('>', i)
        s = s[:i] + s[j:]
        i = s.find(' at 0x')
    return s


def tracer(frame, event, arg):
    if frame.f_code.co_filename != tracer.__code__.co_filename:
        return None
    name = frame.f_code.co_name
    if event == 'return':
        print(event, name, frame.f_lineno, show(arg))
    elif event == 'exception':
        print(event, name, frame.f_lineno, arg[0].__name__)
    else:
        print(event, name, frame.f_lineno)
    return tracer


import builtins

def inner(a, b=2):
    c = a + b
    f = sys._getframe()
    print(f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, f.f_back.f_lineno)
    print(sorted(f.f_locals), f.f_globals is globals(), f.f_builtins is builtins.__dict__)
    print(repr(f).startswith('<frame at 0x'), repr(f).split(', ', 1)[1])
    print(sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name)
    try:
        sys._getframe(50)
    except ValueError as e:
        print('ValueError', e)
    try:
        f.clear()
    except RuntimeError as e:
        print('RuntimeError', e)
    print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
    return f

def main():
    fr = inner(1)
    print(fr.f_lasti > 0, fr.f_locals['c'])
    fr.clear()
    print(fr.f_locals)
    co = inner.__code__
    print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_nlocals, co.co_varnames)
    print(co.co_names, co.co_freevars, co.co_cellvars, co.co_firstlineno, co.co_flags)
    print(list(co.co_lnotab)[:6], co.co_code[:4], len(co.co_code), co.co_stacksize)
    print(co.co_consts[:2], repr(co).startswith('<code object inner at 0x'), repr(co).split(', ', 1)[1])
    mod = sys._getframe(1)
    print(mod.f_code.co_name, mod.f_locals is globals())

main()
