import sys
print('exiting with 3')
sys.stdout.flush()
raise SystemExit(3)
