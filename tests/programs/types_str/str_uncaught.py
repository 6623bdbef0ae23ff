# Ends in an uncaught ValueError from str.index.
line = 'name: value'
print(line.index(':'))
print(line.index('='))
