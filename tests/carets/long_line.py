result = some_value = 10 + int("1") * len([1, 2, 3]) - float("nan") / (2 - 2)
