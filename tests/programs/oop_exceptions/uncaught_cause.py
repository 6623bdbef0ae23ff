def load(path):
    try:
        return {}[path]
    except KeyError as e:
        raise FileNotFoundError('no file ' + path) from e


print('start')
load('cfg.ini')
