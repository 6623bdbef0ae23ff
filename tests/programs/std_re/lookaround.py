import re

print(re.findall(r'\w+(?=:)', 'key: value other: thing'))
print(re.findall(r'\b\w+\b(?!:)', 'key: value other: thing'))
print(re.findall(r'(?<=\$)\d+(?:\.\d\d)?', 'costs $42 or $3.50, not 17'))
print(re.findall(r'(?<!\$)\b\d+\b', 'costs $42 or $3.50, not 17'))
print(re.sub(r'(?<=\d)(?=(\d{3})+(?!\d))', ',', '1234567890'))
print(re.search(r'(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}', 'Passw0rdOK'))
print(re.search(r'(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{8,}', 'password'))
print(re.findall(r'(?<=a)b', 'ab cb ab'), re.findall(r'(?<![ab])c', 'ac bc c'))
print(re.findall(r'q(?!u)', 'qatar quit iraq'))
print(re.findall(r'(?<=(\w))x', 'ax bx x'))
print([m.span() for m in re.finditer(r'(?=(aa))', 'aaaa')], re.findall(r'(?=(aa))', 'aaaa'))
