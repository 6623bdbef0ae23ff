import sys


def classify(exc):
    try:
        raise exc
    except Exception as e:
        return 'Exception: ' + type(e).__name__
    except BaseException as e:
        return 'BaseException only: ' + type(e).__name__


for exc in (ValueError, KeyboardInterrupt, SystemExit, GeneratorExit, StopIteration, ArithmeticError):
    print(classify(exc))


class Custom(BaseException):
    pass


print(classify(Custom('x')))
try:
    raise SystemExit('bye')
except SystemExit as e:
    print(e.code, e.args)
try:
    sys.exit(4)
except SystemExit as e:
    print('sys.exit', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('sys.exit()', e.code)
print(BaseException.__subclasses__() != [], Exception.__base__.__name__, BaseException.__bases__)
print(type(BaseException()).__mro__)
try:
    raise BaseException('direct')
except BaseException as e:
    print(repr(e), str(e))
