# Ends in an uncaught OverflowError from float exponentiation.
x = 10.0
for i in range(5):
    x = x ** 2
    print(x)
x = x ** 100
