import re
print(re.search(rb'a', b'cat'))
re.search('a', b'cat')
