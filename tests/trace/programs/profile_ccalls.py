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


def prof(frame, event, arg):
    if event.startswith('c_'):
        print(event, frame.f_code.co_name, arg.__name__)
    else:
        print(event, frame.f_code.co_name, show(arg))

def key(v):
    return -v

def main():
    items = [3, 1, 2]
    items.append(len(items))
    print(sorted(items, key=key))
    try:
        int('x')
    except ValueError:
        pass
    try:
        divmod(1, 0)
    except ZeroDivisionError:
        pass
    return max(items)

sys.setprofile(prof)
main()
sys.setprofile(None)
print('done')
