import _cyc_attr
try:
    print(_cyc_attr.LATE)
except AttributeError as e:
    print('AttributeError', e)
