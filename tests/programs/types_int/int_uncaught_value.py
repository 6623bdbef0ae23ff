# Ends in an uncaught ValueError from int() on user text.
for text in ['12', ' 7 ', '0x1f']:
    print(int(text, 0))
print(int('seven'))
