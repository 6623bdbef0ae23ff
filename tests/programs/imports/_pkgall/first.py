print('executing _pkgall.first')
NAME = 'first'
