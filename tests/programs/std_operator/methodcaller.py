from operator import methodcaller
up = methodcaller('upper')
print(up('abc'), repr(up))
sp = methodcaller('split', ',', maxsplit=1)
print(sp('a,b,c'), repr(sp))
rep = methodcaller('replace', 'a', 'o')
print(list(map(rep, ['banana', 'cat'])), repr(rep))
print(methodcaller('count', 1)([1, 2, 1]), methodcaller('get', 'k', 'dflt')({}), methodcaller('bit_length')(255))
print(repr(methodcaller('f', 1, 'two', x=[3])), type(up).__name__)
class C:
    def m(self, *a, **k):
        return (a, sorted(k.items()))
print(methodcaller('m', 1, 2, b=3, a=4)(C()))
for expr in ["methodcaller()", "methodcaller(1)", "methodcaller('nope')(5)", "up()"]:
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
