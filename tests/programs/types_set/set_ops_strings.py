# Sets of strings printed in sorted form: letters in words, vocabulary differences.
a = set('the quick brown fox'.split())
b = set('the lazy brown dog'.split())
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(b - a), sorted(a ^ b))
vowels = set('aeiou')
for w in ['rhythm', 'sequoia', 'banana', 'queue']:
    print(w, sorted(vowels & set(w)), sorted(set(w) - vowels), len(set(w)), vowels <= set(w), set(w).isdisjoint(vowels))
letters = [set(w) for w in ['abc', 'bcd', 'cde']]
print(sorted(set.intersection(*letters)), sorted(set.union(*letters)), sorted(letters[0].union(*letters[1:])))
