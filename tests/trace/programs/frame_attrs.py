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


def look(frame, event, arg):
    if event == 'call':
        co = frame.f_code
        back = frame.f_back.f_code.co_name if frame.f_back else None
        print('call', co.co_name, co.co_argcount, co.co_varnames, back, sorted(frame.f_locals))
    elif event == 'return':
        print('return', frame.f_code.co_name, frame.f_lasti >= 0, sorted(frame.f_locals.items()))
    return look

def f(a, b):
    c = a + b
    return c

def main():
    print(f(1, 2))

sys.settrace(look)
main()
sys.settrace(None)
print('done')
