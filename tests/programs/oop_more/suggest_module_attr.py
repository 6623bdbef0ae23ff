# "Did you mean" for module attributes uses the module's dir (and its __dir__ if defined).
import _lazy_mod

print(_lazy_mod.real)
print(_lazy_mod.rael)
