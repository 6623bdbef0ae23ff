def risky(x):
    return 10 // x

total = sum(risky(x) for x in [5, 2, 0])
