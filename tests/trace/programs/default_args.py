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


def f(a, b=2, *args, c=3, **kw):
    return a + b + c + len(args) + len(kw)

def main():
    print(f(1))
    print(f(1, 2, 3, 4, c=5, d=6))


sys.settrace(tracer)
main()
sys.settrace(None)
print("done")
