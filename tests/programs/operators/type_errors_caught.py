five = 5
abc = 'abc'
one_f = 1.0
tests = [lambda: 1 + 'a', lambda: 'a' + 1, lambda: [1] + (2,), lambda: None + 1, lambda: 'a' * 'b',
         lambda: -'x', lambda: ~1.5, lambda: 1 < 'a', lambda: [] > {}, lambda: 'a' - 'b', lambda: 1 / 'x',
         lambda: {} + {}, lambda: 3 % [], lambda: None < None, lambda: len(5), lambda: five(), lambda: abc[one_f]]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
