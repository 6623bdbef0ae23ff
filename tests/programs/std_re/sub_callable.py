import re

def celsius(m):
    f = float(m.group(1))
    return f'{(f - 32) * 5 / 9:.1f}C'

print(re.sub(r'(-?\d+(?:\.\d+)?)F\b', celsius, 'Today 68F, tomorrow 75.5F, night -4F'))
counter = iter(range(1, 100))
print(re.sub(r'\?', lambda m: str(next(counter)), 'a ? b ? c ?'))
print(re.sub(r'[aeiou]', lambda m: m.group().upper(), 'programming language'))
print(re.sub(r'(\w+)', lambda m: m.group(1)[::-1], 'hello big world', count=2))
print(re.subn(r'\d', lambda m: '', 'a1b2c3'))
print(re.sub('a', lambda m: None, 'banana') if False else 'skip')
class Repl:
    def __init__(self): self.seen = []
    def __call__(self, m):
        self.seen.append(m.span())
        return '#'
r = Repl()
print(re.sub(r'\d+', r, 'a12b345c6'), r.seen)
print(re.sub(r'(?P<k>\w)=(?P<v>\w)', lambda m: '{v}={k}'.format(**m.groupdict()), 'a=1, b=2'))
