print('executing hidden', __name__)
SECRET = 'found via sys.path'
