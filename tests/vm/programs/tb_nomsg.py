class CustomError(Exception):
    pass

def go():
    raise CustomError

go()
