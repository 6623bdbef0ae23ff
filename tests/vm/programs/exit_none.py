import sys
try:
    sys.exit()
except SystemExit as e:
    print("caught exit", e.code)
try:
    raise SystemExit(5)
finally:
    print("finally on exit")
