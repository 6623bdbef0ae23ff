# Case conversion, including non-ASCII special cases.
words = ['hello world', "they're bill's friends", 'ÉCOLE straße', 'ǅungla', 'ΣΊΣΥΦΟΣ', 'ﬁne', 'İstanbul', 'a1b2 c3', 'MiXeD cAsE 123']
for w in words:
    print(w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), sep=' | ')
print('ß'.upper(), 'ß'.casefold(), 'ﬃ'.upper(), 'ŉ'.upper(), 'Σ'.lower(), 'ΑΣ'.lower(), 'ΑΣ Σ'.lower())
print('hello'.istitle(), 'Hello World'.istitle(), 'HELLO'.isupper(), 'hello1'.islower(), '123'.isupper(), 'Ǆ'.istitle())
