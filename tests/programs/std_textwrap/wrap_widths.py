import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump; sphinx of black quartz, judge my vow.")
for width in (12, 20, 35, 60, 200):
    lines = textwrap.wrap(text, width)
    print(width, len(lines), max(len(l) for l in lines))
    for line in lines:
        print('|%s|' % line.ljust(width))
print(textwrap.wrap('', 10), textwrap.wrap('    ', 10), textwrap.wrap('short', 10))
print(textwrap.wrap('a b c d e f g', 3))
try:
    textwrap.wrap('text', width=0)
except ValueError as e:
    print(type(e).__name__, e)
