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


import dis

def op_tracer(frame, event, arg):
    frame.f_trace_opcodes = True
    if event == 'opcode':
        code = frame.f_code.co_code
        print('opcode', frame.f_code.co_name, frame.f_lasti, dis.opname[code[frame.f_lasti]])
    else:
        print(event, frame.f_code.co_name, frame.f_lineno)
    return op_tracer

def f(a):
    b = a + 1
    if b > 1:
        b = b * 2
    return b

def main():
    print(f(1))

sys.settrace(op_tracer)
main()
sys.settrace(None)
print('done')
