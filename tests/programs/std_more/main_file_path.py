# __main__.__file__ is absolute (CPython 3.9+), sys.argv[0] as given, sys.path[0] the script's real directory.
import os
import sys

print(os.path.isabs(__file__), os.path.basename(__file__), sys.argv[0])
print(os.path.dirname(__file__) == os.getcwd(), sys.path[0] == os.path.realpath(os.getcwd()))
print(os.path.exists(__file__), os.path.samefile(__file__, sys.argv[0]))
from _where import locate
print(locate.describe(), os.path.isabs(locate.__file__), os.path.relpath(locate.__file__, sys.path[0]))
print(__name__, __spec__, type(sys.modules['__main__']).__name__)


def where():
    return sys._getframe().f_code.co_filename == __file__


print(where())
