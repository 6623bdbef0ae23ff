# Text processing by hand: word wrap, justify, center titles, caesar cipher, palindromes.
text = ('Python is an easy to learn, powerful programming language. It has efficient high-level data '
        'structures and a simple but effective approach to object-oriented programming.')
def wrap(t, width):
    lines, cur = [], ''
    for w in t.split():
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = cur + ' ' + w if cur else w
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    out = ''
    for i, w in enumerate(words[:-1]):
        out += w + ' ' * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]
for width in (30, 45):
    print('+' + '-' * width + '+')
    print('|' + 'WRAPPED'.center(width) + '|')
    for line in wrap(text, width):
        print('|' + justify(line, width) + '|')
def caesar(s, k):
    out = []
    for ch in s:
        if ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return ''.join(out)
enc = caesar('Hello, World!', 3)
print(enc, caesar(enc, -3), caesar('xyz', 30))
def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]
for s in ['A man, a plan, a canal: Panama', 'race a car', '', 'No lemon, no melon']:
    print(repr(s), is_pal(s))
print(' '.join(w[::-1] for w in 'reverse each word here'.split()), 'title case me'.title(), '-'.join(reversed('a b c'.split())))
