# importlib.util: find_spec, spec_from_file_location + module_from_spec + exec_module, errors.
import importlib
import importlib.util
import os
import sys

spec = importlib.util.spec_from_file_location('greeter', os.path.join('_plugins', 'greet.py'))
print(spec.name, os.path.relpath(spec.origin), os.path.isabs(spec.origin), spec.parent == '', spec.has_location, spec.submodule_search_locations)
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, mod.__file__ == spec.origin, 'GREETING' in dir(mod), 'greeter' in sys.modules)
spec.loader.exec_module(mod)
print(mod.greet('world'), mod.loaded_as, mod.__spec__ is spec, mod.__loader__ is spec.loader)
pkg_spec = importlib.util.spec_from_file_location('plugins', os.path.join('_plugins', '__init__.py'))
print([os.path.relpath(p) for p in pkg_spec.submodule_search_locations], pkg_spec.parent)
pkg = importlib.util.module_from_spec(pkg_spec)
pkg_spec.loader.exec_module(pkg)
print(pkg.KIND, pkg.__path__ == pkg_spec.submodule_search_locations)
print(importlib.util.spec_from_file_location('x', None))

found = importlib.util.find_spec('_plugins.greet')
print(found.name, found.parent, os.path.basename(found.origin), '_plugins' in sys.modules, '_plugins.greet' in sys.modules)
print(importlib.util.find_spec('.greet', '_plugins').name)
print(importlib.util.find_spec('no_such_module_here'))
print(importlib.util.find_spec('sys').origin, importlib.util.find_spec('sys').loader.__name__)
print(importlib.util.module_from_spec(importlib.util.find_spec('sys')) is sys)
print(importlib.util.find_spec('textwrap').name, importlib.util.find_spec('collections').submodule_search_locations is not None)
for args in [('.x',), ('_plugins.greet.deeper',), ('no_pkg_here.sub',)]:
    try:
        importlib.util.find_spec(*args)
    except (ImportError, ValueError) as e:
        print(type(e).__name__, e)
import types
fake = types.ModuleType('fake_mod')
fake.__spec__ = None
sys.modules['fake_mod'] = fake
try:
    importlib.util.find_spec('fake_mod')
except ValueError as e:
    print('ValueError', e)
print(importlib.import_module('_plugins.greet').greet('again'))
