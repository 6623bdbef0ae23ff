import textwrap

code = '''
    def hello():
        print("hi")

    hello()
'''
print(repr(textwrap.dedent(code)))
print(textwrap.dedent(code))
print(repr(textwrap.dedent('  a\n    b\n  c')))
print(repr(textwrap.dedent('\ta\n\tb')))
print(repr(textwrap.dedent('  a\n\tb')))
print(repr(textwrap.dedent('no indent\n  some')))
print(repr(textwrap.dedent('    \n  x\n      \n  y\n')))
print(repr(textwrap.dedent('')))
print(textwrap.indent('line one\nline two\n\nline four\n', '>> '))
print(repr(textwrap.indent('a\n\nb', '+ ', lambda line: True)))
print(repr(textwrap.indent('a\r\nb\r\n', '- ')))
quoted = textwrap.indent(textwrap.fill('Quoted text that is long enough to wrap a few times over.', 24), '> ')
print(quoted)
