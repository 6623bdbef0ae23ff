# PEP 562: a module-level __getattr__ and __dir__.
import os
import _lazy_mod as lazy

print(lazy.real)
print(lazy.computed_answer)
print(lazy.computed_other)
try:
    lazy.missing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(lazy, "computed_x"), hasattr(lazy, "nothing"))
print(getattr(lazy, "nothing", "fallback"))
print(dir(lazy))
from _lazy_mod import computed_imported
print(computed_imported)
try:
    from _lazy_mod import nope
except ImportError as e:
    print("ImportError:", e.msg.split(" (")[0], e.name, os.path.basename(e.path))

import _plain_mod
try:
    _plain_mod.absent
except AttributeError as e:
    print("AttributeError:", e)
try:
    from _plain_mod import absent
except ImportError as e:
    print("ImportError:", e.msg.split(" (")[0], e.name, os.path.basename(e.path))
