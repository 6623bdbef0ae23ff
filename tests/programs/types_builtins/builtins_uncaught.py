# Ends in an uncaught TypeError from a builtin called with a wrong type.
values = [3, 1, 2]
print(sorted(values))
print(len(5))
