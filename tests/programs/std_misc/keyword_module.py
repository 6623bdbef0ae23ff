import keyword
print(keyword.kwlist)
print(keyword.softkwlist, len(keyword.kwlist))
for w in ['for', 'False', 'None', 'async', 'await', 'match', 'case', '_', 'print', 'self', 'FOR', '']:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(keyword.iskeyword(1), sorted(keyword.__all__))
try:
    keyword.iskeyword([])
except TypeError as e:
    print(type(e).__name__, e)
