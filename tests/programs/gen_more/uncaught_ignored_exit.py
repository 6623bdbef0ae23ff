# close() on a generator that keeps yielding after GeneratorExit: uncaught RuntimeError.
def stubborn():
    while True:
        try:
            yield 'still here'
        except GeneratorExit:
            print('refusing to stop')


g = stubborn()
print(next(g))
g.close()
