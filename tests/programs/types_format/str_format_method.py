# str.format: positional, keyword, auto numbering, attribute and index fields, conversions, nesting.
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Pt({self.x}, {self.y})'
p = Pt(1, 2)
print('{} {} {}'.format(1, 'a', 2.5), '{0} {1} {0}'.format('x', 'y'), '{a}{b}'.format(a=1, b=2))
print('{0.x},{0.y}'.format(p), '{p.x}'.format(p=p), '{0[1]}'.format([5, 6]), '{d[key]}'.format(d={'key': 'v'}), '{0[0][1]}'.format([[1, 2]]))
print('{!r} {!s} {!a}'.format('é', 'é', 'é'), '{0!r:>10}'.format('x'), '{:{}}'.format('ab', 5), '{:{w}.{p}f}'.format(3.14159, w=8, p=2))
print('{{}} {{{}}}'.format(7), '{:*^{}}'.format('mid', 11), '{0:{1}{2}}'.format(42, '>', 6))
errs = ['{', '}', '{0', '{} {0}', '{0} {}', '{2}', '{x}', '{0.nope}', '{0[5]}', '{!x}', '{0!}', '{:{:{}}}', '{0:d}', '{a[}']
for t in errs:
    try:
        print(t.format('s'))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(t), type(e).__name__, e)
print('{0[-1]}'.format({'-1': 'neg'}), '{0[a]}'.format({'a': 1}), '{:,}'.format(10 ** 9), '{:_}'.format(10 ** 9), '{:.1%}'.format(0.256))
print('{0:^{1}}|{0:<{1}}|{0:>{1}}'.format('z', 5), '{:c}'.format(9731), '{:#b}'.format(5), '{:+}'.format(0.0))
