words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', '', 'a']
print(sorted(words))
print('a' < 'b', 'a' < 'B', 'abc' < 'abcd', '' < 'a', 'Z' < 'a', 'é' > 'z')
print(min(words), max(words), 'abc' == 'ab' + 'c', words is not None)
print('ab' * 2 == 'abab', 'x' in 'xyz', 'xy' not in 'yx')
