# Exception classes share a layout unless CPython gives them their own: which multiple bases combine.
for t in [ValueError, KeyError, OSError]:
    try: object.__new__(t)
    except TypeError as e: print(e)
class E(ValueError, TypeError): pass
print(E.__mro__, isinstance(E('x'), TypeError))
try:
    class G(OSError, ImportError): pass
except TypeError as e: print(e)
for bases in [(KeyError, AttributeError), (LookupError, NameError), (StopIteration, ValueError), (OSError, ValueError),
              (UnicodeError, OSError), (SyntaxError, ValueError), (SystemExit, KeyError),
              (SyntaxError, OSError), (UnicodeDecodeError, OSError), (AttributeError, NameError), (UnicodeError, StopIteration)]:
    try:
        t = type('X', bases, {})
        print([b.__name__ for b in bases], 'ok', t('m').args)
    except TypeError as e:
        print([b.__name__ for b in bases], e)
import io
print(io.UnsupportedOperation.__mro__)
try:
    io.StringIO().fileno()
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e)
