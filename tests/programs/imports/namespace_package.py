import _nsdir
print(_nsdir.__name__, _nsdir.__file__, len(_nsdir.__path__))
print(list(_nsdir.__path__)[0].endswith('/_nsdir'))
print(_nsdir.__spec__.origin, _nsdir.__spec__.name)
import _nsdir.nsmod
print(_nsdir.nsmod.NS)
from _nsdir.nsinner import leaf
print(leaf.LEAF, leaf.__package__)
import _nsdir.nsinner
print(_nsdir.nsinner.__name__, _nsdir.nsinner.leaf is leaf)
