GREETING = 'hello'
loaded_as = __name__


def greet(name):
    return f'{GREETING}, {name}'
