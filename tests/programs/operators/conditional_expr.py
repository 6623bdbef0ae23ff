for i in range(5):
    print('even' if i % 2 == 0 else 'odd', i if i > 2 else -i)
x = 1 if True else 2 if False else 3
y = 'a' if 0 else 'b' if 0 else 'c'
print(x, y)
print([('big' if n > 10 else 'small') for n in (5, 50)])
f = lambda n: 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print(f(-1), f(0), f(1))
