from abc import ABC, abstractmethod

class Exporter(ABC):
    registry = {}

    def __init_subclass__(cls, fmt=None, **kw):
        super().__init_subclass__(**kw)
        if fmt:
            Exporter.registry[fmt] = cls

    @abstractmethod
    def export(self, rows):
        ...

class CSV(Exporter, fmt='csv'):
    def export(self, rows):
        return '\n'.join(','.join(str(v) for v in r) for r in rows)

class TSV(Exporter, fmt='tsv'):
    def export(self, rows):
        return '\n'.join('\t'.join(str(v) for v in r) for r in rows)

class Markdown(Exporter, fmt='md'):
    def export(self, rows):
        head, *body = rows
        out = ['| ' + ' | '.join(map(str, head)) + ' |', '|' + '---|' * len(head)]
        out += ['| ' + ' | '.join(map(str, r)) + ' |' for r in body]
        return '\n'.join(out)

class Draft(Exporter, fmt='draft'):
    pass

rows = [('name', 'qty'), ('apple', 3), ('pear', 10)]
for fmt in sorted(Exporter.registry):
    cls = Exporter.registry[fmt]
    try:
        print('==', fmt, '==')
        print(cls().export(rows))
    except TypeError as e:
        print(type(e).__name__, e)
