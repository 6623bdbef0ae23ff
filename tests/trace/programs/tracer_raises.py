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


count = [0]

def bad(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    count[0] += 1
    if count[0] == 4:
        raise RuntimeError('tracer failed')
    return bad

def work():
    a = 1
    b = 2
    c = 3
    return a + b + c

def main():
    try:
        work()
    except RuntimeError as e:
        print('caught', e)
    print(sys.gettrace())
    work()

sys.settrace(bad)
main()
sys.settrace(None)
print('done')
