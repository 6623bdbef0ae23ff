# Ends in an uncaught TypeError from str.join with a non-string item.
names = ['ann', 'bob']
print(', '.join(names))
names.append(3)
print(', '.join(names))
