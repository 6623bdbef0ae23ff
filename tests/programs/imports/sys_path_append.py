import sys
sys.path.append('_nsdir')
import nsmod
print(nsmod.NS)
sys.path[:] = [p for p in sys.path if p != '_nsdir']
del sys.modules['nsmod']
try:
    import nsmod
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
