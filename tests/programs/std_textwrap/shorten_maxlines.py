import textwrap

text = "Hello world! This sentence is going to be shortened in several different ways."
for width in (12, 20, 30, 45, 100):
    print(repr(textwrap.shorten(text, width)))
print(repr(textwrap.shorten(text, 25, placeholder='...')))
print(repr(textwrap.shorten('  lots   of   space   ', 50)))
print(textwrap.wrap(text, 20, max_lines=2))
print(textwrap.wrap(text, 20, max_lines=3, placeholder=' [more]'))
print(textwrap.fill(text, 15, max_lines=1))
try:
    textwrap.shorten(text, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap(text, 5, max_lines=2, placeholder=' [truncated]')
except ValueError as e:
    print(type(e).__name__, e)
