from contextlib import ExitStack, contextmanager

@contextmanager
def res(name, log):
    log.append('open ' + name)
    try:
        yield name
    finally:
        log.append('close ' + name)

log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in 'abc']
    stack.callback(log.append, 'callback')
    print(names)
print(log)

log = []
try:
    with ExitStack() as stack:
        stack.enter_context(res('x', log))
        stack.enter_context(res('y', log))
        raise ValueError('fail')
except ValueError as e:
    print('caught', e)
print(log)

log = []
with ExitStack() as stack:
    stack.enter_context(res('keep', log))
    moved = stack.pop_all()
print(log)
moved.close()
print(log)

def cleanup(*a, **k):
    print('cleanup', a, k)
with ExitStack() as st:
    st.callback(cleanup, 1, 2, key='v')
    st.push(lambda *exc: print('push exit', exc[0]) or False)

class Suppressor:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('suppressing', t.__name__ if t else None)
        return True
with ExitStack() as st:
    st.push(Suppressor())
    raise KeyError('gone')
print('survived')
try:
    with ExitStack() as st:
        st.enter_context(object())
except TypeError as e:
    print(type(e).__name__, e)
