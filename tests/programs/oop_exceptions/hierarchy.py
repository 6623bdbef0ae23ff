class AppError(Exception):
    """Base for app errors."""


class DBError(AppError):
    pass


class ConnError(DBError):
    def __init__(self, host, port):
        super().__init__(host, port)
        self.host, self.port = host, port

    def __str__(self):
        return 'cannot connect to %s:%d' % (self.host, self.port)


class QueryError(DBError):
    pass


def run(kind):
    if kind == 'conn':
        raise ConnError('db.local', 5432)
    if kind == 'query':
        raise QueryError('bad sql', 'SELECT')
    if kind == 'app':
        raise AppError
    if kind == 'other':
        raise RuntimeError('other')
    return 'ok'


for kind in ['ok', 'conn', 'query', 'app', 'other']:
    try:
        print(run(kind))
    except ConnError as e:
        print('conn:', e, e.args, e.host)
    except DBError as e:
        print('db:', type(e).__name__, e, e.args)
    except AppError as e:
        print('app:', repr(e), e.args, AppError.__doc__)
    except Exception as e:
        print('generic:', type(e).__name__, e)
print([c.__name__ for c in ConnError.__mro__])
print(issubclass(ConnError, AppError), isinstance(ConnError('h', 1), Exception), issubclass(AppError, BaseException))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(StopIteration, Exception))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(FileNotFoundError, OSError), issubclass(ModuleNotFoundError, ImportError), issubclass(RecursionError, RuntimeError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(NotImplementedError, RuntimeError), issubclass(TimeoutError, OSError))
