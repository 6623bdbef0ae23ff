# args: alpha beta 42
import sys
print(len(sys.argv), sys.argv[1:])
print(sys.argv[0].endswith('sys_argv.py'))
total = sum(int(a) for a in sys.argv[1:] if a.isdigit())
print(total)
