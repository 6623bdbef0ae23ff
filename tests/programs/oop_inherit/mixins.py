class ReprMixin:
    def __repr__(self):
        items = ', '.join('%s=%r' % kv for kv in sorted(vars(self).items()))
        return '%s(%s)' % (type(self).__name__, items)


class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

    def __hash__(self):
        return hash(tuple(sorted(vars(self).items())))


class CompareMixin:
    def _key(self):
        raise NotImplementedError

    def __lt__(self, o):
        return self._key() < o._key()


class JsonMixin:
    def to_json(self):
        parts = []
        for k, v in sorted(vars(self).items()):
            parts.append('"%s": %s' % (k, ('"%s"' % v) if isinstance(v, str) else v))
        return '{' + ', '.join(parts) + '}'


class Person(ReprMixin, EqMixin, CompareMixin, JsonMixin):
    def __init__(self, name, age):
        self.name, self.age = name, age

    def _key(self):
        return (self.age, self.name)


people = [Person('bob', 30), Person('ann', 25), Person('cat', 30)]
print(people)
print(sorted(people), Person('x', 1) == Person('x', 1), Person('x', 1) == Person('x', 2))
print(len({Person('x', 1), Person('x', 1)}), people[0].to_json())
print([c.__name__ for c in Person.__mro__])


class LoggingMixin:
    def log(self, msg):
        self.logs = getattr(self, 'logs', []) + ['[%s] %s' % (type(self).__name__, msg)]


class Service(LoggingMixin):
    def run(self):
        self.log('start')
        self.log('end')
        return self.logs


print(Service().run())
