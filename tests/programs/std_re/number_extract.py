import re

text = 'Order 66: 3 items at $4.99, discount -1.5%, total 1e3 or 2.5E-2; ids 007 and 0x1F'
nums = re.findall(r'[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?', text)
print(nums)
print([float(n) for n in nums])
print(re.findall(r'\$(\d+)\.(\d{2})', text))
print(re.findall(r'0x[0-9A-Fa-f]+', text), int(re.search(r'0x([0-9A-Fa-f]+)', text).group(1), 16))
print(sum(int(d) for d in re.findall(r'\b\d+\b', 'a 1 b 22 c 333')))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'double 1 2 3 40'))
