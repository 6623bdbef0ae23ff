import __main__
print('main says', __main__.GREETING)
__main__.FROM_MODULE = 'set by _uses_main'
