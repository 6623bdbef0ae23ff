print('before class')


class Noisy:
    print('in class body')
    a = 1
    if a:
        b = 'conditional'
    else:
        c = 'never'
    for i in range(2):
        print('loop in body', i)
    try:
        raise ValueError('in body')
    except ValueError as e:
        caught = str(e)

    def method(self):
        return self.b

    print('end of body', sorted(k for k in locals() if not k.startswith('__')))


print('after class', Noisy.b, Noisy.caught, hasattr(Noisy, 'c'), Noisy().method(), Noisy.i)


class Ret:
    x = [1, 2, 3]
    y = sum(x)
    z = {k: v for k, v in zip('ab', x)}
    w = (lambda q: q * 2)(y)


print(Ret.y, Ret.z, Ret.w)


class WithAnnot:
    a: int
    b: str = 'x'


print(WithAnnot.__annotations__, WithAnnot.b, hasattr(WithAnnot, 'a'))
