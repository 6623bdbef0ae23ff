from .star_all import *
from .star_noall import *
NAMES = sorted(n for n in dir() if not n.startswith('__'))
