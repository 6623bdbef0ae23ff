# An uncaught NameError suggests the closest local, then global, then builtin name.
def total(values):
    running_sum = 0
    for v in values:
        running_sum += v
    return runing_sum


print(sum([1, 2]))
total([1, 2, 3])
