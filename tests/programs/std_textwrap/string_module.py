import string
from string import Template, Formatter, capwords

print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable), string.ascii_letters[20:30])
print(capwords('hello   there  world'), capwords(' x-ray and co ', '-'), capwords(''))
t = Template('$name owes $$${amount} to ${creditor}.')
print(t.substitute(name='Ann', amount=10, creditor='Bob'))
print(t.substitute({'name': 'Cy', 'amount': 3.5, 'creditor': 'Di'}))
print(t.safe_substitute(name='Ed'))
print(Template('$a$b ${a}x $a_1').safe_substitute(a=1, b=2))
print(t.get_identifiers(), t.is_valid(), Template('bad $').is_valid(), t.template)
for tmpl, kw in [('$x', {}), ('${x', {'x': 1}), ('a\nb $ c', {})]:
    try:
        print(Template(tmpl).substitute(**kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)

class Pct(Template):
    delimiter = '%'
print(Pct('%who is %% %{what}').substitute(who='it', what='done'))

f = Formatter()
print(f.format('{} + {} = {}', 1, 2, 3), f.format('{0:>5}|{1:<4}|', 'ab', 7))
print(f.format('{name!r} {obj.real} {lst[1]}', name='n', obj=3, lst=[9, 8]))
print(f.format('{:{w}.{p}f}', 3.14159, w=8, p=2))
print(list(f.parse('x{0}y{1!r:>3}z{{lit}}')))
try:
    f.format('{} {0}', 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    f.format('{missing}')
except KeyError as e:
    print(type(e).__name__, e)
