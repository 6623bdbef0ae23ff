class AppError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code

try:
    raise AppError(3)
except AppError as e:
    print(e.code, e)
raise AppError(7)
