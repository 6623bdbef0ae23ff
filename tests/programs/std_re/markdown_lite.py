import re

md = """# Title
Some *emphasis* and **strong** text with `code` and a [link](http://x.org).
## Sub heading
- item one
- item **two**
"""

def inline(s):
    s = re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', s)
    s = re.sub(r'\*(.+?)\*', r'<i>\1</i>', s)
    s = re.sub(r'`([^`]+)`', r'<code>\1</code>', s)
    s = re.sub(r'\[([^\]]+)\]\(([^)]+)\)', r'<a href="\2">\1</a>', s)
    return s

out = []
for line in md.splitlines():
    if m := re.match(r'(#{1,6})\s+(.*)', line):
        n = len(m.group(1))
        out.append(f'<h{n}>{inline(m.group(2))}</h{n}>')
    elif m := re.match(r'-\s+(.*)', line):
        out.append(f'<li>{inline(m.group(1))}</li>')
    else:
        out.append(f'<p>{inline(line)}</p>')
print('\n'.join(out))
