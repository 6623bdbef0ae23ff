names = [ZeroDivisionError, OverflowError, KeyError, IndexError, ValueError, UnicodeError, TypeError,
         NameError, UnboundLocalError, AttributeError, RecursionError, NotImplementedError, StopIteration,
         AssertionError, FileNotFoundError, KeyboardInterrupt, SystemExit, Exception]
for cls in names:
    print(cls.__name__, [b.__name__ for b in cls.__mro__])
