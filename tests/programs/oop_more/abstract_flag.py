# The abstract flag belongs to the type: assigning __abstractmethods__ directly sets or clears
# it, without ABCMeta involved.

class Plain:
    pass


Plain.__abstractmethods__ = frozenset({"run", "go"})
try:
    Plain()
except TypeError as e:
    print(e)

Plain.__abstractmethods__ = frozenset()
print(type(Plain()).__name__)

Plain.__abstractmethods__ = ["one"]
try:
    Plain()
except TypeError as e:
    print(e)

del Plain.__abstractmethods__
print(type(Plain()).__name__)

try:
    del Plain.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)

try:
    print(type.__abstractmethods__)
except AttributeError as e:
    print("AttributeError:", e)

try:
    print(Plain.__abstractmethods__)
except AttributeError as e:
    print("AttributeError:", e)


class Sub(Plain):
    pass


Plain.__abstractmethods__ = {"x"}
print(type(Sub()).__name__)
try:
    Plain()
except TypeError as e:
    print(e)

from abc import ABC, abstractmethod


class Late(ABC):
    def m(self):
        pass

print(type(Late()).__name__)
Late.__abstractmethods__ = frozenset({"m"})
Late()
