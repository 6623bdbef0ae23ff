import _pkg.sub.rel as rel
for item in rel.RESULT:
    print(item)
print(rel.__package__, rel.__name__)
import _pkg.mod_b
print(_pkg.mod_b.B)
import sys
print(sorted(k for k in sys.modules if k.startswith('_pkg')))
