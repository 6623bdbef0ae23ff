# Ends in an uncaught KeyError from str.format.
template = 'Dear {name}, you owe {amount:.2f}'
print(template.format(name='Al', amount=3))
print(template.format(nam='Al', amount=3))
