from collections import Counter

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch
of incredulity, it was the season of Light, it was the season of Darkness"""
words = [w.strip('.,').lower() for w in text.split()]
c = Counter(words)
print(c.most_common(5))
print(c['was'], c['the'], c['missing'], len(c), c.total())
for word, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print('%-12s %s' % (word, '#' * n))
letters = Counter(ch for ch in text.lower() if ch.isalpha())
print(letters.most_common(3))
print(sorted(letters.elements())[:10])
print(''.join(sorted(letters, key=lambda k: (-letters[k], k)))[:10])
print(Counter('mississippi'))
print(Counter({'a': 3, 'b': 1}), Counter(a=2, b=0, c=-1))
print(Counter(), repr(Counter()))
print(Counter('hello').most_common(), Counter('hello').most_common(0), Counter('hello').most_common(-1))
anagram = lambda a, b: Counter(a.replace(' ', '')) == Counter(b.replace(' ', ''))
print(anagram('listen', 'silent'), anagram('dormitory', 'dirty room'), anagram('abc', 'abd'))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print(type(e).__name__, e)
