import _pkg.star_rel as m
print(m.NAMES)
print(m.public, m.alpha, m.Klass.__name__)
print(hasattr(m, 'other'), hasattr(m, '_gamma'))
