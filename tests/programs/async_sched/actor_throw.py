# Scheduler that delivers errors into generator tasks with throw() and stops them with close().
class Timeout(Exception):
    pass


def task(name, steps):
    done = 0
    try:
        while done < steps:
            try:
                yield name
                done += 1
            except Timeout:
                print(name, 'timed out at', done, '- retrying')
        return done
    finally:
        print(name, 'cleanup')


tasks = {'a': task('a', 3), 'b': task('b', 5), 'c': task('c', 2)}
order = list(tasks)
tick = 0
while order:
    tick += 1
    name = order.pop(0)
    gen = tasks[name]
    try:
        if tick % 4 == 0:
            gen.throw(Timeout)
        else:
            next(gen)
        order.append(name)
    except StopIteration as e:
        print(name, 'finished', e.value)
    if tick == 9 and 'b' in order:
        order.remove('b')
        tasks['b'].close()
        print('b stopped early')
print('ticks', tick)
