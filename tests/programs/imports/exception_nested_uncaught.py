def load():
    import _pkg.raiser


print('loading')
load()
