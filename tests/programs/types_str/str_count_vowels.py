# Character classification and counting over a multilingual text.
text = 'Hello, Wörld! Ça va? 123 – ¡Sí! 日本語テキスト 😀 done.'
cats = {'upper': 0, 'lower': 0, 'digit': 0, 'space': 0, 'alpha-other': 0, 'other': 0}
for ch in text:
    if ch.isupper():
        cats['upper'] += 1
    elif ch.islower():
        cats['lower'] += 1
    elif ch.isdigit():
        cats['digit'] += 1
    elif ch.isspace():
        cats['space'] += 1
    elif ch.isalpha():
        cats['alpha-other'] += 1
    else:
        cats['other'] += 1
print(cats, len(text), sum(cats.values()))
print([w for w in text.split() if w.isalpha()], [w.strip('!?,.¡') for w in text.split()], text.lower().count('o'), text.casefold().count('ö'))
print(''.join(c for c in text if c.isascii() and c.isalnum()), ''.join(sorted(set(c for c in text if ord(c) > 127))))
