# Ends in an uncaught UnicodeDecodeError.
data = b'ok \xc3\xa9 then \xff'
print(data[:6].decode())
print(data.decode())
