import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit', e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print('no arg', e.code)
print('still running')
raise SystemExit(0)
