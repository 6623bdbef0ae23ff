# __init_subclass__ receives the class statement's keyword arguments; object's version
# rejects any that reach it.

class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls


class Alpha(Plugin, name="alpha-plugin", priority=5):
    pass


class Beta(Plugin):
    pass


class Gamma(Beta, priority=9):
    pass


print(sorted(Plugin.registry), Alpha.priority, Beta.plugin_name, Gamma.priority, Gamma.plugin_name)

try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class NoHook(unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)


class Mixin:
    def __init_subclass__(cls, **kwargs):
        print("Mixin sees", cls.__name__, sorted(kwargs))
        super().__init_subclass__(**kwargs)


class Tagged:
    def __init_subclass__(cls, tag="none", **kwargs):
        print("Tagged sees", cls.__name__, tag)
        cls.tag = tag
        super().__init_subclass__(**kwargs)


class Both(Mixin, Tagged, tag="both"):
    pass


print(Both.tag)


class Meta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        print("Meta.__new__", name, kwargs)
        return super().__new__(mcs, name, bases, ns, **kwargs)

    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name, kwargs)
        super().__init__(name, bases, ns)


class Configured(Tagged, metaclass=Meta, tag="meta"):
    pass


print(Configured.tag)

# implicit classmethod
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

try:
    class Strict(Alpha, priority="x", name=1, extra=2):
        pass
except TypeError as e:
    print("TypeError:", e)
