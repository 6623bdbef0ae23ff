print('executing _pkg.sub.inner.leaf', __package__)
LEAF = 'leaf'
from ... import helper
from ...sub import SUB
DOUBLED = helper(21)
