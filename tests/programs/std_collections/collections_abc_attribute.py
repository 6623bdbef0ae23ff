# collections.abc is reachable as an attribute after a bare `import collections` (site imports it in CPython).
import collections
print(collections.abc.Mapping, isinstance({}, collections.abc.MutableMapping), issubclass(list, collections.abc.Sequence))
import sys
print('collections.abc' in sys.modules, collections.abc is sys.modules['collections.abc'])
from collections.abc import Iterable
print(isinstance(iter([]), Iterable), collections.abc.__name__)
