# os.environ as a MutableMapping: set, delete, copy, setdefault, |, errors; os.getenv defaults.
import os
from collections.abc import MutableMapping

os.environ['PYVM_DEMO_A'] = 'alpha'
os.environ.setdefault('PYVM_DEMO_B', 'beta')
os.environ.setdefault('PYVM_DEMO_B', 'ignored')
print(os.environ['PYVM_DEMO_A'], os.environ['PYVM_DEMO_B'], os.getenv('PYVM_DEMO_A'))
snapshot = os.environ.copy()
print(type(snapshot).__name__, snapshot['PYVM_DEMO_B'], 'PYVM_DEMO_A' in snapshot)
merged = os.environ | {'PYVM_DEMO_C': 'gamma'}
print(type(merged).__name__, merged['PYVM_DEMO_C'], 'PYVM_DEMO_C' in os.environ)
os.environ.update(PYVM_DEMO_C='c2')
print(os.environ.pop('PYVM_DEMO_C'), 'PYVM_DEMO_C' in os.environ)
del os.environ['PYVM_DEMO_A']
print(os.getenv('PYVM_DEMO_A'), os.getenv('PYVM_DEMO_A', 'fallback'), os.environ.get('PYVM_DEMO_B'))
keys = [k for k in os.environ if k.startswith('PYVM_DEMO')]
print(keys, len(os.environ) == len(list(os.environ)))
print(repr(os.environ).startswith('environ({'), isinstance(os.environ, MutableMapping))
for action in [lambda: os.environ['PYVM_DEMO_MISSING'], lambda: os.environ.__setitem__('K', 1),
               lambda: os.environ.__setitem__(2, 'v'), lambda: os.getenv(3), lambda: os.environ.__delitem__('PYVM_NOPE'),
               lambda: os.environ.__setitem__('BAD=NAME', 'v')]:
    try:
        action()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
del os.environ['PYVM_DEMO_B']
print(sorted(k for k in os.environ if k.startswith('PYVM_DEMO')))
print(os.path.expandvars('${PYVM_DEMO_B}-$PYVM_DEMO_B'))
