# A trampoline: generator "calls" by yielding sub-generators, so deep recursion uses no stack.
def trampoline(gen):
    stack = [gen]
    value = None
    while stack:
        try:
            result = stack[-1].send(value)
        except StopIteration as e:
            stack.pop()
            value = e.value
            continue
        if hasattr(result, 'send'):
            stack.append(result)
            value = None
        else:
            value = result


def fact(n):
    if n <= 1:
        return 1
    sub = yield fact(n - 1)
    return n * sub


def fib(n):
    if n < 2:
        return n
    a = yield fib(n - 1)
    b = yield fib(n - 2)
    return a + b


def depth(n):
    if n == 0:
        return 0
    d = yield depth(n - 1)
    return d + 1


print(trampoline(fact(20)))
print(trampoline(fib(15)))
print(trampoline(depth(5000)))
