class MyError(Exception):
    pass
class Detailed(MyError):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code
try:
    raise Detailed(7)
except MyError as e:
    print(type(e).__name__, e, e.code, isinstance(e, Exception))
try:
    raise MyError
except MyError as e:
    print(repr(e))
