import textwrap

s = "A well-known, self-contained, state-of-the-art, re-entrant, x-ray-like e-mail thing -- with dashes--and more."
for w in (8, 11, 15, 24):
    print(w, textwrap.wrap(s, w))
print(textwrap.wrap(s, 15, break_on_hyphens=False))
print(textwrap.wrap('Supercalifragilisticexpialidocious', 10))
print(textwrap.wrap('aaa-bbbbbbbbbbbbbbbbbbbbbb', 10))
print(textwrap.wrap('---------------', 6))
print(textwrap.wrap('foo--bar baz', 5), textwrap.wrap('hello-world-foo-bar', 7))
print(textwrap.wrap('number 123-456-7890 here', 9))
print(textwrap.wrap("it's a co-op's man-made plan", 9))
