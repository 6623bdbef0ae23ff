import sys
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_filename.endswith('deep.py') and (event, frame.f_code.co_name) != ('call', '<module>'):
        events.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer


sys.settrace(tracer)
import _pkg.sub.deep
r = _pkg.sub.deep.where()
sys.settrace(None)
for e in events:
    print(e)
print(r)
