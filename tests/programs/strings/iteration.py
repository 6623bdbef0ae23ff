for c in 'hey':
    print(c, ord(c))
vowels = sum(1 for c in 'programming language' if c in 'aeiou')
print(vowels)
s = ''
for word in ['a', 'bb', 'ccc']:
    s += word + ';'
print(s)
print(list('a b'), tuple('xy'), set('aa') == {'a'})
rev = ''
for ch in 'stressed':
    rev = ch + rev
print(rev)
