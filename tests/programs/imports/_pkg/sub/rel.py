print('executing _pkg.sub.rel', __name__, __package__)
from . import deep
from .deep import DEEP, where
from .. import PKG_VALUE, mod_a
from ..mod_a import A
from .. import sub as myself_pkg
from .inner import leaf
from .inner.leaf import LEAF
import _pkg.sub.deep as deep_again
RESULT = (deep.DEEP, DEEP, where(), PKG_VALUE, mod_a.A, A, myself_pkg.SUB, leaf.LEAF, LEAF, deep_again is deep)
