import sys
try:
    import _pkg.raiser
except ZeroDivisionError as e:
    print(type(e).__name__, e)
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_frame.f_code.co_filename.split('/')[-1]))
        tb = tb.tb_next
    print(names[0], names[-2:])
print('_pkg.raiser' in sys.modules, '_pkg' in sys.modules, hasattr(sys.modules['_pkg'], 'raiser'))
try:
    import _pkg.raiser
except ZeroDivisionError as e:
    print('second attempt:', type(e).__name__, e)
try:
    from _pkg import raiser
except ZeroDivisionError as e:
    print('from form:', e)
