e = ValueError('msg', 42)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(KeyError('k')), str(KeyError()))
print(repr(Exception('a', 'b')), str(Exception('a', 'b')), str(Exception(5)))
try:
    raise OSError(2, 'No such file')
except OSError as err:
    print(err.args, err)
print(type(StopIteration(3).value), StopIteration(3).value)
