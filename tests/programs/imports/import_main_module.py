GREETING = 'hello from main'
import _uses_main
print(FROM_MODULE)
import __main__
import sys
print(__main__ is sys.modules['__main__'], __main__.GREETING)
print(__main__.__spec__, __main__.__package__)
