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


def no_lines(frame, event, arg):
    frame.f_trace_lines = False
    print(event, frame.f_code.co_name, frame.f_lineno)
    return no_lines

def work():
    x = 1
    y = 2
    return x + y

def main():
    print(work())

sys.settrace(no_lines)
main()
sys.settrace(None)
print('done')
