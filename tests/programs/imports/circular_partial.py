import sys
try:
    import _cyc_x
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, msg[:msg.index(' (/')] if ' (/' in msg else msg)
    print(msg.endswith('_cyc_x.py)'), e.name, e.path.endswith('/_cyc_x.py'))
print('_cyc_x' in sys.modules, '_cyc_y' in sys.modules)
