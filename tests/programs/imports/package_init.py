import _pkg
print(_pkg.__name__, _pkg.__package__)
print(_pkg.__file__.endswith('/_pkg/__init__.py'))
print(type(_pkg.__path__).__name__, len(_pkg.__path__), _pkg.__path__[0].endswith('/_pkg'))
print(_pkg.__spec__.name, _pkg.__spec__.parent, _pkg.__spec__.origin.endswith('__init__.py'))
print(_pkg.__spec__.submodule_search_locations == _pkg.__path__)
import _pkg.sub
print(_pkg.sub.__package__, _pkg.sub.__spec__.name, _pkg.sub.__spec__.parent)
import _pkg.mod_a
print(_pkg.mod_a.__package__, _pkg.mod_a.__spec__.parent, _pkg.mod_a.__spec__.submodule_search_locations)
print(hasattr(_pkg.mod_a, '__path__'))
import _pkg.sub.inner
print(_pkg.sub.inner.__name__, _pkg.sub.inner.__file__.endswith('inner/__init__.py'))
print(_pkg.helper(4))
