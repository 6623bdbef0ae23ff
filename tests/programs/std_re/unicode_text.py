import re

s = 'naïve café — Ångström 東京 42 ٣٤ ½'
print(re.findall(r'\w+', s))
print(re.findall(r'\w+', s, re.ASCII))
print(re.findall(r'\d', s), re.findall(r'\d', s, re.A))
print(re.findall(r'[^\W\d_]+', s))
print(re.findall(r'(?i)é', 'É é e'), re.findall(r'(?i)straße', 'STRASSE Straße'))
print(re.findall(r'(?i)σ', 'Σσς'), re.findall(r'(?i)k', 'kK\u212a'))
print(re.findall(r'(?ai)k', 'kK\u212a'))
print(re.findall(r'\s+', 'a\u00a0b\u3000c\u2028d\x1ce'))
print(re.sub(r'\b', '|', 'über naïve'))
print(re.findall(r'(?i)[à-ä]', 'ÀÁÂÃÄÅ àáâãäå'))
print(re.search(r'(?i)ǅ', 'Ǆ ǆ ǅ'))
