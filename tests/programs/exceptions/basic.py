try:
    1 / 0
except ZeroDivisionError as e:
    print('caught', type(e).__name__, e, e.args)
try:
    [][0]
except IndexError as e:
    print('IndexError', e)
try:
    {}['missing']
except KeyError as e:
    print('KeyError', e, repr(e))
try:
    int('abc')
except ValueError as e:
    print('ValueError', e)
try:
    undefined_name
except NameError as e:
    print('NameError', e)
try:
    None.attr
except AttributeError as e:
    print('AttributeError', e)
try:
    'abc'.nope()
except AttributeError as e:
    print('AttributeError', e)
