def first_valid(items):
    for s in items:
        try:
            return int(s)
        except ValueError:
            print('skip', repr(s))
            continue
        finally:
            print('checked', repr(s))
    return None
print(first_valid(['x', '', '42', '7']))
print(first_valid(['a']))
def loop_finally_override():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return 'end'
print(loop_finally_override())
