import random
random.seed(123)
print('gauss', [random.gauss(0, 1) for _ in range(4)], random.gauss(), random.gauss(10, 2))
print('normal', [random.normalvariate(5, 2) for _ in range(3)], random.normalvariate())
print('lognorm', random.lognormvariate(0, 0.5), random.lognormvariate(1, 0.25))
print('expo', random.expovariate(1.5), random.expovariate(0.1))
print('triangular', random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 8), random.triangular(5, 5, 5))
# betavariate divides two gammavariates: rounded, as libm exp/log may differ in the last ulp
print("beta", round(random.betavariate(2, 5), 12), round(random.betavariate(0.5, 0.5), 12))
print('gamma', random.gammavariate(0.5, 2), random.gammavariate(1.0, 3), random.gammavariate(9, 0.5))
print('vonmises', random.vonmisesvariate(0, 0), random.vonmisesvariate(1, 4), random.vonmisesvariate(3, 0.5))
print('pareto', random.paretovariate(2.5), 'weibull', random.weibullvariate(1, 1.5))
for f, args in [(random.gammavariate, (0, 1)), (random.gammavariate, (1, -1)), (random.expovariate, (0,)), (random.paretovariate, (0,)), (random.lognormvariate, (0,))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
