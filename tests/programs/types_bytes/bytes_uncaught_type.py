# Ends in an uncaught TypeError from mixing bytes and str.
data = b'abc'
print(data + b'def')
print(data + 'def')
