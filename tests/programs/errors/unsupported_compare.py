data = [3, 1, 'two']
print(sorted(data[:2]))
print(sorted(data))
