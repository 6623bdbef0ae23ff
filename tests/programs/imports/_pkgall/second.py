print('executing _pkgall.second')
NAME = 'second'
