import sys
print(sys.maxsize, type(sys.version_info[0]).__name__, sys.version_info[0])
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.stdout.write('written directly\n')
print(len(sys.argv), __name__)
