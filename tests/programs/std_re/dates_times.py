import re

text = 'Meetings: 2024-03-05 09:30, 05/04/2024 14:00, March 7, 2024 at 8pm; bad 2024-13-45'
iso = re.compile(r'(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])')
print(iso.findall(text))
print(re.findall(r'\b(\d{1,2}):(\d{2})\b', text))
us = re.search(r'(?P<m>\d\d)/(?P<d>\d\d)/(?P<y>\d{4})', text)
print(us.expand(r'\g<y>-\g<m>-\g<d>'))
months = 'January|February|March|April|May|June|July|August|September|October|November|December'
print(re.findall(rf'\b({months}) (\d{{1,2}}), (\d{{4}})', text))
print(re.sub(r'(\d{4})-(\d\d)-(\d\d)', r'\3.\2.\1', text))
print(re.findall(r'(\d+)(am|pm)', text))
