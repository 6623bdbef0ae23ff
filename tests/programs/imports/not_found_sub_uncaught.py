import _pkg
print('pkg loaded')
import _pkg.sub.missing_leaf
