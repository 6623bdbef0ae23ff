# Ends in an uncaught KeyError from set.remove.
tags = {'a', 'b'}
tags.remove('a')
print(len(tags))
tags.remove('z')
