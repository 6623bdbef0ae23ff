def level2(d):
    return d['missing']


def level1():
    return level2({})


RESULT = level1()
