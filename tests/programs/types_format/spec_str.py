# Format specs on strings and on objects without __format__ overrides.
for s in ['', 'a', 'hello', 'héllo😀', 'x' * 12]:
    print([format(s, sp) for sp in ['', '5', '<5', '>5', '^6', '*^7', '.3', '10.2', '-<4', 's', '^3.1']])
for bad in ['d', '+5', '=5', ',', '#', 'x', '05']:
    try:
        print(format('ab', bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
class Plain:
    def __str__(self):
        return 'plain!'
print(format(Plain(), ''), format(Plain()) if False else '', f'{Plain()}', '{}'.format(Plain()))
try:
    format(Plain(), '>10')
except TypeError as e:
    print(type(e).__name__, e)
print(format(None, ''), format([1, 2], ''), format((1,), ''), '{:>6}'.format(str(None)))
try:
    format(None, '5')
except TypeError as e:
    print(type(e).__name__, e)
print(format(True, '^7'), format(True, 'd'), format(True, '.2f'), format(False, '#x'), format(True, 's') if False else '')
