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


def quiet(frame, event, arg):
    print('quiet', event, frame.f_code.co_name, frame.f_lineno)
    return None

def chooser(frame, event, arg):
    print('global', event, frame.f_code.co_name)
    if frame.f_code.co_name == 'loud':
        return tracer
    if frame.f_code.co_name == 'mute':
        return None
    return quiet

def loud():
    a = 1
    return a

def mute():
    b = 2
    return b

def other():
    c = 3
    return c

def main():
    loud()
    mute()
    other()

sys.settrace(chooser)
main()
sys.settrace(None)
print('done')
